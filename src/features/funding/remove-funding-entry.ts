import { can, type Actor } from '@/server/authz/actor'
import { fundingReadScope, fundingReportScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { lockGrantYear } from './lock-grant-year'
import { invalidFields, ZRemoveFundingEntry, type TFundingResult } from './schemas'

/**
 * Takes back a co-financing or spending entry that was wrong, while the year is open. Only the
 * organisation it belongs to may; the audit row keeps what was removed.
 */
export async function removeFundingEntry(db: Db, actor: Actor, input: unknown): Promise<TFundingResult> {
  if (!can(actor, 'report:funding')) return { ok: false, error: 'forbidden' }
  const parsed = ZRemoveFundingEntry.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const { entry, id } = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const visible = { grantYear: { partnership: fundingReadScope(actor) } }
    const select = { grantYearId: true, partnershipId: true, amountOre: true, description: true } as const
    const row =
      entry === 'coFinancing'
        ? await tx.coFinancing.findFirst({ where: { id, ...visible, owner: fundingReportScope(actor) }, select })
        : await tx.spending.findFirst({ where: { id, ...visible, recipient: fundingReportScope(actor) }, select })
    if (!row) return { ok: false, error: 'notFound' }
    if ((await lockGrantYear(tx, row.grantYearId, 'share')).status === 'CLOSED') return { ok: false, error: 'closed' }
    if (entry === 'coFinancing') await tx.coFinancing.delete({ where: { id } })
    else await tx.spending.delete({ where: { id } })
    await tx.auditLog.create({
      data: {
        actorUserId: actor.userId,
        partnershipId: row.partnershipId,
        action: entry === 'coFinancing' ? 'co_financing.remove' : 'spending.remove',
        entity: entry === 'coFinancing' ? 'CoFinancing' : 'Spending',
        entityId: id,
        data: { grantYearId: row.grantYearId, amountOre: row.amountOre.toString(), description: row.description },
      },
    })
    return { ok: true, done: 'removed', id: row.grantYearId }
  })
}
