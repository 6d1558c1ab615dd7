import type { Role } from '@/generated/prisma/client'
import { rolePlace, type TPlace } from '@/server/authz/permissions'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { partnershipScope, unitScope } from '@/server/authz/scopes'
import { withTenants } from '@/server/db/tenant'
import { visibleTenantIds } from '@/server/authz/tenants'

export interface TDashboard {
  name: string
  memberships: { role: Role; organisation: string | null; unit: string | null; partnership: string | null }[]
  /** For those who oversee partnerships (see OVERVIEW_PLACES); null for the others, whose dashboard is their own work. */
  counts: { partnerships: number; units: number } | null
  /** The first 20, each with its present owners and its networks (counted in the same statement). */
  partnerships: { slug: string; name: string; countyName: string; owners: number; networks: number }[]
  /** For those who do not oversee (owners, UH partners, a unit's people): the units they work with (first 20). */
  units: { id: string; name: string; municipality: string; pupilCount: number }[]
}

/**
 * The landing dashboard: what this person may see, counted. A fixed number of queries whatever
 * the data size (counted by a test at national scale), all filtered by the scope helpers and run
 * inside the actor's tenant context, so row-level security applies too.
 */
export async function getDashboard(db: Db, actor: Actor): Promise<TDashboard> {
  requirePermission(actor, 'read:dashboard')
  const tenantIds = await visibleTenantIds(db, actor)
  return withTenants(db, tenantIds, (tx) => readDashboard(tx, actor, tenantIds.length))
}

/**
 * Where a person oversees partnerships as a whole (the platform, a county governor's office, a
 * forum): only they get the counts of partnerships and units. An owner, a UH partner or a unit's
 * people would see counts of others' work they cannot act on (issue 21). Owners and networks are
 * counted per partnership in the partnerships' own statement (issue 14: three counts were three
 * statements).
 */
const OVERVIEW_PLACES: ReadonlySet<TPlace> = new Set(['everywhere', 'office', 'partnership'])

/** `partnershipCount`: the tenants are exactly the partnerships partnershipScope reaches (visibleTenantIds), so they are not counted again. */
async function readDashboard(db: Tx, actor: Actor, partnershipCount: number): Promise<TDashboard> {
  const partnerships = partnershipScope(actor)
  const units = unitScope(actor)
  const oversees = actor.memberships.some((m) => OVERVIEW_PLACES.has(rolePlace[m.role]))
  const [counts, partnershipRows, unitRows] = await Promise.all([
    oversees ? countsOf(db, actor, partnershipCount) : null,
    db.partnership.findMany({
      where: partnerships,
      orderBy: { name: 'asc' },
      take: 20,
      select: { id: true, slug: true, name: true, county: { select: { name: true } }, _count: { select: { owners: { where: { leftOn: null } }, networks: true } } },
    }),
    // Those who oversee have the count; a list of the first twenty of a county's units helps no one.
    oversees
      ? []
      : db.unit.findMany({
          where: units,
          orderBy: { name: 'asc' },
          take: 20,
          select: { id: true, name: true, pupilCount: true, municipality: { select: { name: true } } },
        }),
  ])
  const partnershipNames = new Map(partnershipRows.map((p) => [p.id, p.name]))
  return {
    name: actor.name,
    memberships: actor.memberships.map((m) => ({
      role: m.role,
      organisation: m.organisationName,
      unit: m.unitName,
      partnership: m.partnershipId ? (partnershipNames.get(m.partnershipId) ?? null) : null,
    })),
    counts,
    partnerships: partnershipRows.map((p) => ({ slug: p.slug, name: p.name, countyName: p.county.name, owners: p._count.owners, networks: p._count.networks })),
    units: unitRows.map((u) => ({ id: u.id, name: u.name, municipality: u.municipality.name, pupilCount: u.pupilCount })),
  }
}

async function countsOf(db: Tx, actor: Actor, partnerships: number): Promise<NonNullable<TDashboard['counts']>> {
  return { partnerships, units: await db.unit.count({ where: unitScope(actor) }) }
}
