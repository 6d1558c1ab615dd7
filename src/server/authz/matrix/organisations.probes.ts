import { addOrganisationAction } from '@/features/organisations/actions'
import { getOrganisationAdmin } from '@/features/organisations/list-organisations'
import { callAction } from './adapters'
import { entry } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

/** The organisations that sit in bodies (issue 20): added per county by county governor staff. */
export function organisationsProbes({ prisma, ids }: TMatrixContext): TProbes {
  /** The county of the tenant's partnership, read directly. */
  async function tenantCounty(tenant: TTenant) {
    return (await prisma.partnership.findUniqueOrThrow({ where: { id: ids[tenant] }, select: { countyId: true } })).countyId
  }
  return {
    '/admin/organisasjoner': entry('manage:organisations', 'addsOrganisations', async (actor, tenant) => {
      const admin = await getOrganisationAdmin(prisma, actor).catch(() => null)
      const countyId = await tenantCounty(tenant)
      return !!admin && admin.counties.some((c) => c.id === countyId)
    }),
    addOrganisationAction: entry('manage:organisations', 'addsOrganisations', async (actor, tenant) => {
      const name = `Matriseorganisasjon ${crypto.randomUUID()}`
      await callAction(actor, addOrganisationAction, { name, memberType: 'EMPLOYERS', countyId: await tenantCounty(tenant) })
      return (await prisma.organisation.count({ where: { name } })) > 0
    }),
  }
}
