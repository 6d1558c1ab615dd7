import { defineUseCase } from '@/server/usecase/define-use-case'
import { ZEndForumMember, type TForumDone, type TForumResult } from './schemas'
import { managedRow } from './forum-access'

/** Ends a member's period (the row stays: past decisions and votes refer to it). */
export const endForumMember = defineUseCase(
  { name: 'forum.end-forum-member', permission: 'manage:forum', input: ZEndForumMember, audit: 'forum_member.end', revalidate: (r: TForumDone) => [`/forum/${r.id}`] },
  async ({ tx, actor, input: d, audit }): Promise<TForumResult> => {
    const member = await tx.forumMember.findFirst({ where: managedRow(actor, d.memberId), select: { id: true, forumId: true, partnershipId: true, periodStart: true } })
    if (!member) return { ok: false, error: 'notFound' }
    if (new Date(d.periodEnd) < member.periodStart) return { ok: false, error: 'periodOrder', fields: ['periodEnd'] }
    await tx.forumMember.update({ where: { id: member.id }, data: { periodEnd: new Date(d.periodEnd) } })
    await audit({ entity: 'ForumMember', entityId: member.id, partnershipId: member.partnershipId, data: { periodEnd: d.periodEnd } })
    return { ok: true, done: 'memberEnded', id: member.forumId }
  },
)
