import type { Actor } from '@/server/authz/actor'
import { forumManageScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'

/**
 * Whether approved minutes exist for the meeting: from then on its agenda, papers and attendance
 * are part of the record, and nothing is added to them (the database locks the agenda as well).
 */
export async function hasApprovedMinutes(tx: Tx, meetingId: string): Promise<boolean> {
  return (await tx.minutes.count({ where: { meetingId, status: 'APPROVED' } })) > 0
}

/** Whether the actor runs the forum of this partnership (its secretariat), for showing the forms. */
export async function managesPartnership(tx: Tx, actor: Actor, partnershipId: string): Promise<boolean> {
  return (await tx.partnership.count({ where: { AND: [{ id: partnershipId }, forumManageScope(actor)] } })) > 0
}
