import { can, type Actor } from '@/server/authz/actor'
import { forumManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZAddForumMember, type TForumResult } from './schemas'

/**
 * The secretariat adds a member to the forum's list: the person, the organisation they represent,
 * the representation, deputy or not, voting right and period. The county governor's
 * representative never votes (domain.md), whatever the form says.
 */
export async function addForumMember(db: Db, actor: Actor, input: unknown): Promise<TForumResult> {
  if (!can(actor, 'manage:forum')) return { ok: false, error: 'forbidden' }
  const parsed = ZAddForumMember.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data
  if (d.periodEnd && d.periodEnd < d.periodStart) return { ok: false, error: 'periodOrder', fields: ['periodEnd'] }

  return withActorTenants(db, actor, async (tx) => {
    const forum = await tx.forum.findFirst({ where: { id: d.forumId, partnership: forumManageScope(actor) }, select: { id: true, partnershipId: true } })
    if (!forum) return { ok: false, error: 'notFound' }
    const organisation = await tx.organisation.findUnique({ where: { id: d.organisationId }, select: { id: true } })
    if (!organisation) return { ok: false, error: 'notFound', fields: ['organisationId'] }
    const user = d.email ? await tx.user.findUnique({ where: { email: d.email.toLowerCase() }, select: { id: true } }) : null
    const member = await tx.forumMember.create({
      data: {
        partnershipId: forum.partnershipId,
        forumId: forum.id,
        organisationId: organisation.id,
        userId: user?.id ?? null,
        personName: d.personName,
        email: d.email?.toLowerCase() ?? null,
        representation: d.representation,
        isDeputy: d.isDeputy,
        votingRight: d.representation === 'COUNTY_GOVERNOR' ? false : d.votingRight,
        periodStart: new Date(d.periodStart),
        periodEnd: d.periodEnd ? new Date(d.periodEnd) : null,
      },
    })
    await tx.auditLog.create({
      data: {
        actorUserId: actor.userId,
        partnershipId: forum.partnershipId,
        action: 'forum_member.add',
        entity: 'ForumMember',
        entityId: member.id,
        data: { forumId: forum.id, organisationId: organisation.id, representation: d.representation, isDeputy: d.isDeputy, votingRight: member.votingRight },
      },
    })
    return { ok: true, done: 'memberAdded', id: forum.id }
  })
}
