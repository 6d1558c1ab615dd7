import type { Actor } from '@/server/authz/actor'
import { lockRow } from '@/server/db/lock-row'
import type { Tx } from '@/server/db/tenant'
import { ownReport } from './owners'

/**
 * Locks the report's row and tells whether it is still a draft. Every change to a report or its
 * priorities takes this lock first, so a submit and a late change cannot both win.
 */
export async function lockDraft(tx: Tx, reportId: string): Promise<boolean> {
  const row = await lockRow<{ status: string }>(tx, 'NeedsReport', reportId, { columns: ['status::text'] })
  return row?.status === 'DRAFT'
}

/**
 * A report the actor may change, locked: one of its owners is an organisation the actor writes
 * for (whatever the id in the form says), and it is still a draft.
 */
export async function findOwnDraft(tx: Tx, actor: Actor, reportId: string) {
  const report = await tx.needsReport.findFirst({ where: { id: reportId, ...ownReport(actor) }, select: { id: true, partnershipId: true, owners: { select: { ownerId: true } } } })
  if (!report) return { ok: false as const, error: 'notFound' as const }
  if (!(await lockDraft(tx, report.id))) return { ok: false as const, error: 'submitted' as const }
  return { ok: true as const, report }
}
