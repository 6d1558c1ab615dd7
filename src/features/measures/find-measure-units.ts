import 'server-only'
import { z } from 'zod'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { developmentManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { TOption } from './measure-form-options'

/** How many matches one search shows: the form asks again as the person types more. */
export const UNIT_MATCHES = 20

/** The query string of the unit search: the partnership, and what the name contains (blank: the first units by name). */
export const ZUnitSearch = z.object({
  partnerskap: z.uuid(),
  q: z.string().trim().max(100).catch('').default(''),
})

/**
 * Units that may go on a measure in a partnership the actor keeps: the active units of its present
 * owners (the rule measure-references checks when the form is sent), whose name contains `q`, first
 * by name. The form searches here instead of carrying every unit of a region (Oslo's has 442,
 * issue 14). Null when the actor does not keep the partnership. One statement.
 */
export async function findMeasureUnits(db: Db, actor: Actor, search: z.infer<typeof ZUnitSearch>): Promise<TOption[] | null> {
  requirePermission(actor, 'manage:development')
  return withActorTenants(db, actor, async (tx) => {
    const kept = { partnershipId: search.partnerskap, leftOn: null, partnership: developmentManageScope(actor) }
    const units = await tx.unit.findMany({
      where: { active: true, name: { contains: search.q, mode: 'insensitive' }, owner: { partnershipOwners: { some: kept } } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: UNIT_MATCHES,
      select: { id: true, name: true },
    })
    if (units.length > 0) return units
    // Nothing found: a partnership the actor keeps answers with no units, any other with null (404).
    return (await tx.partnership.count({ where: { AND: [{ id: search.partnerskap }, developmentManageScope(actor)] } })) > 0 ? [] : null
  })
}
