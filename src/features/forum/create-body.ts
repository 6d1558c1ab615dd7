import { forumManageScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { ZCreateBody, type TForumResult } from './schemas'

/**
 * The secretariat sets up a body of its partnership (issue 20): a steering, expert, working or
 * leader group beside the collaboration forum, with its mandate, period and composition rule. Its
 * meetings, agenda, papers, attendance, decisions and minutes are the forum's own (one
 * implementation, `/forum/[forumId]`). A partnership has one collaboration forum: it alone adopts
 * the yearly recommendation (the database refuses a recommendation of another kind of body).
 */
export const createBody = defineUseCase(
  { name: 'forum.create-body', permission: 'manage:forum', input: ZCreateBody, audit: 'body.create', revalidate: () => ['/forum'] },
  async ({ tx, actor, input: d, audit }): Promise<TForumResult> => {
    if (d.periodEnd && d.periodEnd < d.periodStart) return { ok: false, error: 'periodOrder', fields: ['periodEnd'] }
    const partnership = await tx.partnership.findFirst({ where: { AND: [{ id: d.partnershipId }, forumManageScope(actor)] }, select: { id: true } })
    if (!partnership) return { ok: false, error: 'notFound', fields: ['partnershipId'] }
    if (d.kind === 'COLLABORATION_FORUM' && (await tx.forum.count({ where: { partnershipId: partnership.id, kind: 'COLLABORATION_FORUM' } }))) {
      return { ok: false, error: 'forumExists', fields: ['kind'] }
    }
    const body = await tx.forum.create({
      data: {
        partnershipId: partnership.id,
        kind: d.kind,
        name: d.name,
        mandate: d.mandate ?? null,
        establishedOn: new Date(d.periodStart),
        periodEnd: d.periodEnd ? new Date(d.periodEnd) : null,
        compositionRule: d.compositionRule,
      },
    })
    await audit({ entity: 'Forum', entityId: body.id, partnershipId: partnership.id, data: { kind: d.kind, name: d.name, compositionRule: d.compositionRule, periodStart: d.periodStart, periodEnd: d.periodEnd ?? null } })
    return { ok: true, done: 'bodyCreated', id: body.id }
  },
)
