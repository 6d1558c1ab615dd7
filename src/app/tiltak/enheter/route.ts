import { findMeasureUnits, ZUnitSearch } from '@/features/measures/find-measure-units'
import { defineRoute } from '@/server/usecase/define-route'

/**
 * The measure form's unit search (`?partnerskap=<id>&q=<text>`): JSON of at most twenty units.
 * Note: 'manage:development' is checked by defineRoute and again, with the partnership's scope, in findMeasureUnits.
 */
export const GET = defineRoute({ route: '/tiltak/enheter', permission: 'manage:development' }, async ({ request, actor, db }) => {
  const search = ZUnitSearch.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!search.success) return null
  const units = await findMeasureUnits(db, actor, search.data)
  return units && Response.json(units, { headers: { 'cache-control': 'private, no-store' } })
})
