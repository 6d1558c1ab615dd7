import type { Prisma } from '@/generated/prisma/client'
import { type Actor } from '@/server/authz/actor'
import { forumManageScope, forumReadScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'

/** The filter for one row of a forum the actor runs (its secretariat): another tenant's row is not found. */
export function managedRow(actor: Actor, id: string): { id: string; partnership: Prisma.PartnershipWhereInput } {
  return { id, partnership: forumManageScope(actor) }
}

/**
 * A read of one row of a forum the actor may follow (read:forum, else Forbidden): `read` gets the
 * filter for that row in the actor's tenant context; an id that is no UUID is nothing found.
 */
export async function readForumRow<T>(db: Db, actor: Actor, id: string, read: (tx: Tx, row: { id: string; partnership: Prisma.PartnershipWhereInput }) => Promise<T | null>): Promise<T | null> {
  return readByIds(db, actor, 'read:forum', [id], (tx) => read(tx, { id, partnership: forumReadScope(actor) }))
}

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
