import 'server-only'
import { can, type Actor } from '@/server/authz/actor'
import { ownerReportScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'

export type TOption = { id: string; name: string }

/** One place the actor writes for: its organisation as an owner in one partnership, with what the forms offer there. */
export interface TOwnerContext {
  partnershipId: string
  partnershipName: string
  ownerId: string
  ownerName: string
  coOwners: TOption[]
  universities: TOption[]
  units: TOption[]
}

/** The partnerships where the actor writes needs reports and orders, for its own organisation(s). */
export async function ownerContexts(tx: Tx, actor: Actor): Promise<TOwnerContext[]> {
  if (!can(actor, 'report:needs')) return []
  const rows = await tx.partnershipOwner.findMany({
    where: { leftOn: null, owner: ownerReportScope(actor) },
    orderBy: [{ partnership: { name: 'asc' } }, { owner: { name: 'asc' } }],
    take: 50,
    select: {
      partnership: {
        select: {
          id: true,
          name: true,
          owners: { where: { leftOn: null }, select: { owner: { select: { id: true, name: true } } } },
          universities: { select: { university: { select: { id: true, name: true } } } },
        },
      },
      owner: { select: { id: true, name: true, ownedUnits: { where: { active: true }, orderBy: { name: 'asc' }, take: 300, select: { id: true, name: true } } } },
    },
  })
  const byName = (a: TOption, b: TOption) => a.name.localeCompare(b.name, 'nb')
  return rows.map((r) => ({
    partnershipId: r.partnership.id,
    partnershipName: r.partnership.name,
    ownerId: r.owner.id,
    ownerName: r.owner.name,
    coOwners: r.partnership.owners.map((o) => o.owner).filter((o) => o.id !== r.owner.id).sort(byName),
    universities: r.partnership.universities.map((u) => u.university).sort(byName),
    units: r.owner.ownedUnits,
  }))
}
