import { staffManageScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { ZDecideMembershipRequest, type TOnboardingResult } from './schemas'

/**
 * The unit's leader (or its owner) approves or refuses a place a Feide login asked for (ADR 030).
 * Approving creates the membership with the requested role; refusing keeps the request as
 * refused, so the next login does not ask again. Either way the request changes only from
 * PENDING (a conditional update: two leaders clicking at once cannot both decide), and the
 * decision, the membership and the audit row commit together.
 *
 * Note: a request at a unit outside the actor's staff scope reads as "not found".
 */
export const decideMembershipRequest = defineUseCase(
  {
    name: 'onboarding.decide-membership-request',
    permission: 'manage:staff',
    input: ZDecideMembershipRequest,
    audit: 'membership_request.decide',
    // The decided request leaves the list, and its row with it: the action goes on to the page, which says it is done.
    revalidate: () => [],
  },
  async ({ tx, actor, input, audit }): Promise<TOnboardingResult> => {
    const request = await tx.membershipRequest.findFirst({
      where: { AND: [{ id: input.requestId }, { unit: staffManageScope(actor) }] },
      select: { id: true, userId: true, unitId: true, role: true, status: true },
    })
    if (!request) return { ok: false, error: 'notFound', fields: ['requestId'] }
    const status = input.decision === 'approve' ? 'APPROVED' : 'REFUSED'
    const decided = await tx.membershipRequest.updateMany({
      where: { id: request.id, status: 'PENDING' },
      data: { status, decidedById: actor.userId, decidedAt: new Date() },
    })
    if (decided.count !== 1) return { ok: false, error: 'alreadyDecided' }
    let membershipId: string | null = null
    if (status === 'APPROVED') {
      const membership = await tx.membership.create({ data: { userId: request.userId, role: request.role, unitId: request.unitId }, select: { id: true } })
      membershipId = membership.id
      await tx.membershipRequest.update({ where: { id: request.id }, data: { membershipId } })
    }
    await audit({ entity: 'MembershipRequest', entityId: request.id, data: { status, userId: request.userId, unitId: request.unitId, role: request.role, membershipId } })
    return { ok: true, done: status === 'APPROVED' ? 'approved' : 'refused' }
  },
)
