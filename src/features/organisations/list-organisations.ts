import 'server-only'
import type { MemberOrganisationType } from '@/generated/prisma/enums'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { organisationCountyScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'

export interface TOrganisationAdmin {
  counties: { id: string; name: string }[]
  organisations: { id: string; name: string; shortName: string | null; memberType: MemberOrganisationType | null; countyName: string | null }[]
}

/**
 * The counties the actor may add organisations in, and the member organisations there, with the
 * national ones (no county: KS, the unions, the parents' committees) that every body may name.
 */
export async function getOrganisationAdmin(db: Db, actor: Actor): Promise<TOrganisationAdmin> {
  requirePermission(actor, 'manage:organisations')
  return withActorTenants(db, actor, async (tx) => {
    const counties = await tx.county.findMany({ where: organisationCountyScope(actor), orderBy: { name: 'asc' }, select: { id: true, name: true } })
    const organisations = await tx.organisation.findMany({
      where: { kind: 'MEMBER_ORGANISATION', OR: [{ countyId: null }, { countyId: { in: counties.map((c) => c.id) } }] },
      orderBy: [{ countyId: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
      take: 1000,
      select: { id: true, name: true, shortName: true, memberType: true, county: { select: { name: true } } },
    })
    return { counties, organisations: organisations.map(({ county, ...o }) => ({ ...o, countyName: county?.name ?? null })) }
  })
}
