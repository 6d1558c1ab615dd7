import { can, type Actor } from '@/server/authz/actor'
import { fundingManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZAdjustAllocations, type TFundingResult } from './schemas'

/**
 * Manual adjustment of the allocation table, with a reason. Every row must be given and the new
 * amounts must sum to the grant: the table stays balanced (the database checks it again at commit).
 */
export async function adjustAllocations(db: Db, actor: Actor, input: unknown): Promise<TFundingResult> {
  if (!can(actor, 'manage:funding')) return { ok: false, error: 'forbidden' }
  const parsed = ZAdjustAllocations.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const { grantYearId, reason, amounts } = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const year = await tx.grantYear.findFirst({
      where: { id: grantYearId, partnership: fundingManageScope(actor) },
      select: { id: true, partnershipId: true, stateAmountOre: true, status: true, allocations: { select: { id: true, adjustedOre: true } } },
    })
    if (!year) return { ok: false, error: 'notFound' }
    if (year.status === 'CLOSED') return { ok: false, error: 'closed' }
    const ids = new Set(year.allocations.map((a) => a.id))
    if (year.allocations.length === 0 || Object.keys(amounts).length !== ids.size || Object.keys(amounts).some((id) => !ids.has(id))) {
      return { ok: false, error: 'invalid', fields: ['amounts'] }
    }
    const total = Object.values(amounts).reduce((a, b) => a + b, 0n)
    if (total !== year.stateAmountOre) {
      return { ok: false, error: 'unbalanced', fields: ['amounts'], values: { sum: total.toString(), grant: year.stateAmountOre.toString() } }
    }
    const changes = year.allocations.filter((a) => amounts[a.id] !== a.adjustedOre)
    for (const a of changes) await tx.allocation.update({ where: { id: a.id }, data: { adjustedOre: amounts[a.id]!, adjustReason: reason } })
    await tx.auditLog.create({
      data: {
        actorUserId: actor.userId,
        partnershipId: year.partnershipId,
        action: 'allocation.adjust',
        entity: 'GrantYear',
        entityId: year.id,
        data: { reason, changes: changes.map((a) => ({ allocationId: a.id, from: a.adjustedOre.toString(), to: amounts[a.id]!.toString() })) },
      },
    })
    return { ok: true, done: 'adjusted', id: year.id }
  })
}
