import 'server-only'
import type { ResourceVisibility } from '@/generated/prisma/enums'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { ledUnits, partnershipScope, placeOf } from '@/server/authz/scopes'
import { resourceNetworkScope } from '@/server/authz/scopes/resources'
import { withPermission } from '@/server/authz/scopes/core'
import type { Tx } from '@/server/db/tenant'

/** One place an author may share a resource: where it lands, and whether the principal must approve first. */
export interface TSharingOption {
  value: string
  visibility: ResourceVisibility
  partnershipId: string | null
  networkId: string | null
  unitId: string | null
  /** The partnership, network or unit's name. */
  name: string | null
  /** A unit's staff share with their unit at once; wider only after the principal's approval. */
  needsApproval: boolean
}

const wide = (needsApproval: boolean): TSharingOption[] => [
  { value: 'PUBLIC', visibility: 'PUBLIC', partnershipId: null, networkId: null, unitId: null, name: null, needsApproval },
  { value: 'LOGGED_IN', visibility: 'LOGGED_IN', partnershipId: null, networkId: null, unitId: null, name: null, needsApproval },
]

/**
 * Where the actor may share, by its memberships with write:resources: UH, the secretariat and the
 * platform anywhere in the partnerships they reach and nationally; a unit's people with their unit
 * and the networks they share material in, and wider (their unit's partnership, everyone logged
 * in, the public) at once only with approve:resources (the principal, the head), else as a request.
 */
export async function sharingOptions(tx: Tx, actor: Actor): Promise<TSharingOption[]> {
  const writers = withPermission(actor, 'write:resources')
  if (!writers.length) return []
  const unitIds = ledUnits(writers)
  const approves = new Set(ledUnits(withPermission(actor, 'approve:resources')))
  const reachesWide = writers.some((m) => placeOf(m) !== 'unit')
  const [partnerships, networks, units] = await Promise.all([
    reachesWide ? tx.partnership.findMany({ where: partnershipScope(actor), orderBy: { name: 'asc' }, select: { id: true, name: true } }) : [],
    tx.network.findMany({ where: resourceNetworkScope(actor), orderBy: { name: 'asc' }, take: 200, select: { id: true, name: true, partnershipId: true } }),
    unitIds.length
      ? tx.unit.findMany({
          where: { id: { in: unitIds } },
          orderBy: { name: 'asc' },
          select: { id: true, name: true, owner: { select: { partnershipOwners: { where: { leftOn: null, partnership: partnershipScope(actor) }, take: 1, select: { partnership: { select: { id: true, name: true } } } } } } },
        })
      : [],
  ])
  const options: TSharingOption[] = []
  if (reachesWide) options.push(...wide(false), ...partnerships.map((p) => option('PARTNERSHIP', p.id, p.id, p.name, false)))
  for (const n of networks) options.push({ ...option('NETWORK', n.id, n.partnershipId, n.name, false), networkId: n.id })
  for (const u of units) {
    const home = u.owner.partnershipOwners[0]?.partnership
    if (!home) continue
    options.push({ ...option('UNIT', u.id, home.id, u.name, false), unitId: u.id })
    // The unit's staff may ask for wider sharing; the unit's leader gives it (or shares wider at once).
    if (!reachesWide) {
      const needsApproval = !approves.has(u.id)
      options.push(...wide(needsApproval).map((o) => ({ ...o, value: `${o.value}:via:${u.id}`, unitId: u.id, partnershipId: home.id })))
      options.push({ ...option('PARTNERSHIP', home.id, home.id, home.name, needsApproval), value: `PARTNERSHIP:${home.id}:via:${u.id}`, unitId: u.id })
    }
  }
  return dedupe(options)
}

function option(visibility: ResourceVisibility, id: string, partnershipId: string, name: string, needsApproval: boolean): TSharingOption {
  return { value: `${visibility}:${id}`, visibility, partnershipId, networkId: null, unitId: null, name, needsApproval }
}

const dedupe = (options: TSharingOption[]) => [...new Map(options.map((o) => [o.value, o])).values()]

/** The row a chosen option makes: where it lives now, and what it waits for. */
export function sharedAs(o: TSharingOption) {
  if (o.needsApproval) return { visibility: 'UNIT' as const, requestedVisibility: o.visibility, partnershipId: o.partnershipId, networkId: null, unitId: o.unitId }
  if (o.visibility === 'PUBLIC' || o.visibility === 'LOGGED_IN') return { visibility: o.visibility, requestedVisibility: null, partnershipId: null, networkId: null, unitId: null }
  if (o.visibility === 'PARTNERSHIP') return { visibility: o.visibility, requestedVisibility: null, partnershipId: o.partnershipId, networkId: null, unitId: null }
  return { visibility: o.visibility, requestedVisibility: null, partnershipId: o.partnershipId, networkId: o.networkId, unitId: o.unitId }
}

/** The sharing options for the new-resource form, read in the actor's tenant context. */
export async function getSharingOptions(db: Db, actor: Actor): Promise<TSharingOption[]> {
  requirePermission(actor, 'write:resources')
  return withActorTenants(db, actor, (tx) => sharingOptions(tx, actor))
}
