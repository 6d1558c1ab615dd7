import { can, type Actor } from '@/server/authz/actor'
import { forumManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZEndForumMember, type TForumResult } from './schemas'

/** Ends a member's period (the row stays: past decisions and votes refer to it). */
export async function endForumMember(db: Db, actor: Actor, input: unknown): Promise<TForumResult> {
  if (!can(actor, 'manage:forum')) return { ok: false, error: 'forbidden' }
  const parsed = ZEndForumMember.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const member = await tx.forumMember.findFirst({ where: { id: d.memberId, partnership: forumManageScope(actor) }, select: { id: true, forumId: true, partnershipId: true, periodStart: true } })
    if (!member) return { ok: false, error: 'notFound' }
    if (new Date(d.periodEnd) < member.periodStart) return { ok: false, error: 'periodOrder', fields: ['periodEnd'] }
    await tx.forumMember.update({ where: { id: member.id }, data: { periodEnd: new Date(d.periodEnd) } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: member.partnershipId, action: 'forum_member.end', entity: 'ForumMember', entityId: member.id, data: { periodEnd: d.periodEnd } },
    })
    return { ok: true, done: 'memberEnded', id: member.forumId }
  })
}
