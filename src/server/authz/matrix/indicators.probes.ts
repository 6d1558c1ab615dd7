import { uploadIndicatorFileAction } from '@/features/indicators/actions'
import { getLagView } from '@/features/indicators/lag-view'
import { getIndicatorOverview } from '@/features/indicators/overview'
import { getPartnershipIndicators } from '@/features/indicators/partnership-indicators'
import { listIndicatorImports } from '@/features/indicators/queries'
import { getSchoolIndicators } from '@/features/indicators/school-indicators'
import { getSocialBackground } from '@/features/indicators/social-background'
import { GET as exportCsv } from '@/app/indikatorer/eksport/route'
import { callAction, callRoute } from './adapters'
import { entry } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

/**
 * The official indicators (issue 17): open data for everyone with a role, for either tenant's
 * area; a partnership's own page through partnershipScope; the lag view over the office's
 * counties; the import (not a tenant's data: both tenants or neither).
 */
export function indicatorsProbes({ prisma, ids }: TMatrixContext): TProbes {
  /** The tenant's area: its county, its first owner's municipality and a school there with indicator values (seeded). */
  async function area(tenant: TTenant) {
    const partnership = await prisma.partnership.findUniqueOrThrow({
      where: { id: ids[tenant] },
      select: { slug: true, county: { select: { number: true } }, owners: { orderBy: { owner: { name: 'asc' } }, take: 1, select: { owner: { select: { municipality: { select: { number: true } } } } } } },
    })
    const municipality = partnership.owners[0]!.owner.municipality!.number
    const school = await prisma.indicatorValue.findFirstOrThrow({ where: { level: 'SCHOOL', unit: { municipality: { county: { number: partnership.county.number } } } }, select: { areaCode: true } })
    return { slug: partnership.slug, county: partnership.county.number, municipality, orgNumber: school.areaCode }
  }

  return {
    '/indikatorer': entry('read:indicators', 'readsOpenData', async (actor, tenant) => {
      const { county, municipality } = await area(tenant)
      const data = await getIndicatorOverview(prisma, actor, { fylke: county })
      return !!data && 'county' in data && !!data.county?.rows.some((r) => r.key === `MUNICIPALITY:${municipality}`)
    }),
    '/indikatorer/eksport': entry('read:indicators', 'readsOpenData', async (actor, tenant) => {
      const { county } = await area(tenant)
      return callRoute(actor, exportCsv, {}, `?indikator=ssb-07495-grunnskolepoeng&fylke=${county}`)
    }),
    '/indikatorer/skole/[orgNumber]': entry('read:indicators', 'readsOpenData', async (actor, tenant) => {
      const data = await getSchoolIndicators(prisma, actor, (await area(tenant)).orgNumber)
      return !!data && data.sections.length > 0
    }),
    '/indikatorer/sosial-bakgrunn': entry('read:indicators', 'readsOpenData', async (actor, tenant) => {
      const { county } = await area(tenant)
      const data = await getSocialBackground(prisma, actor, county)
      return !!data?.area && data.area.number === county && data.area.rows.length > 0
    }),
    '/indikatorer/partnerskap/[slug]': entry('read:indicators', 'reads', async (actor, tenant) => {
      const data = await getPartnershipIndicators(prisma, actor, (await area(tenant)).slug)
      return !!data && data.sections.length > 0
    }),
    '/indikatorer/etterslep': entry('read:indicator-lag', 'readsIndicatorLag', async (actor, tenant) => {
      const data = await getLagView(prisma, actor, {})
      return !!data && data.counties.includes((await area(tenant)).county)
    }),
    '/indikatorer/import': entry('import:indicators', 'importsIndicators', async (actor) => (await listIndicatorImports(prisma, actor)).length > 0),
    uploadIndicatorFileAction: entry('import:indicators', 'importsIndicators', async (actor, tenant) => {
      const { municipality } = await area(tenant)
      const name = `Matrise ${crypto.randomUUID().slice(0, 8)}`
      const csv = `EnhetNivaa;Kommunekode;Skoleaarnavn;TrinnKode;Indikatornavn;Score;Standardavvik;AntallBesvart\n3;${municipality};2024-25;10;${name};4,0;0,8;200`
      await callAction(actor, uploadIndicatorFileAction, { file: new File([csv], 'matrise.csv', { type: 'text/csv' }) })
      return (await prisma.indicatorValue.count({ where: { indicator: { name }, areaCode: municipality } })) > 0
    }),
  }
}
