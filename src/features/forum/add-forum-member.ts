import { defineUseCase } from '@/server/usecase/define-use-case'
import { ZAddForumMember, type TForumDone, type TForumResult } from './schemas'
import { managedRow } from './forum-access'
import { bodyOrganisations } from './body-organisations'

/**
 * The secretariat adds a member to a body's list: the person, the organisation they represent
 * (one the body may name, bodyOrganisations: never free text), the representation, deputy or not,
 * voting right, chair and period. The county governor's representative never votes (domain.md),
 * whatever the form says; the county governor may chair.
 */
export const addForumMember = defineUseCase(
  { name: 'forum.add-forum-member', permission: 'manage:forum', input: ZAddForumMember, audit: 'forum_member.add', revalidate: (r: TForumDone) => [`/forum/${r.id}`] },
  async ({ tx, actor, input: d, audit }): Promise<TForumResult> => {
    if (d.periodEnd && d.periodEnd < d.periodStart) return { ok: false, error: 'periodOrder', fields: ['periodEnd'] }
    const forum = await tx.forum.findFirst({ where: managedRow(actor, d.forumId), select: { id: true, partnershipId: true, partnership: { select: { countyId: true, governorOfficeId: true } } } })
    if (!forum) return { ok: false, error: 'notFound' }
    const organisation = await tx.organisation.findFirst({ where: { AND: [{ id: d.organisationId }, bodyOrganisations({ id: forum.partnershipId, ...forum.partnership })] }, select: { id: true } })
    if (!organisation) return { ok: false, error: 'notFound', fields: ['organisationId'] }
    const email = d.email?.toLowerCase() ?? null
    const user = email ? await tx.user.findUnique({ where: { email }, select: { id: true } }) : null
    const member = await tx.forumMember.create({
      data: {
        partnershipId: forum.partnershipId,
        forumId: forum.id,
        organisationId: organisation.id,
        userId: user?.id ?? null,
        personName: d.personName,
        email,
        representation: d.representation,
        isDeputy: d.isDeputy,
        isChair: d.isChair,
        votingRight: d.representation === 'COUNTY_GOVERNOR' ? false : d.votingRight,
        periodStart: new Date(d.periodStart),
        periodEnd: d.periodEnd ? new Date(d.periodEnd) : null,
      },
    })
    await audit({
      entity: 'ForumMember',
      entityId: member.id,
      partnershipId: forum.partnershipId,
      data: { forumId: forum.id, organisationId: organisation.id, representation: d.representation, isDeputy: d.isDeputy, isChair: d.isChair, votingRight: member.votingRight },
    })
    return { ok: true, done: 'memberAdded', id: forum.id }
  },
)
