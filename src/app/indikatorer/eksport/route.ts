import { indicatorCsv } from '@/features/indicators/export-csv'
import { getIndicatorOverview } from '@/features/indicators/overview'
import { defineRoute } from '@/server/usecase/define-route'

// GET /indikatorer/eksport?indikator=…&fylke=… - the overview's table (counties, or a county's municipalities) as CSV with the sources' credits.
export const GET = defineRoute({ route: '/indikatorer/eksport', permission: 'read:indicators' }, async ({ request, actor, db }) => {
  const params = Object.fromEntries(new URL(request.url).searchParams)
  const data = await getIndicatorOverview(db, actor, params)
  if (!data?.indicator || !('countyRows' in data)) return null
  const rows = data.county ? data.county.rows : data.countyRows
  const years = data.county ? data.county.years : data.years
  const csv = indicatorCsv(data.indicator, rows, years, 'Hele landet')
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${data.indicator.code}.csv"` } })
})
