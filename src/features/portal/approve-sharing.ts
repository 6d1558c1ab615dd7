import { resourceApproveScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { PORTAL_PAGE, RESOURCE_PAGES } from './options'
import { ZApproveSharing, type TPortalResult } from './schemas'

/**
 * The principal or head (approve:resources, their own unit) approves or refuses a teacher's wish
 * to share a resource wider than the unit. Approved, the resource moves: a public or all-logged-in
 * one leaves the partnership (partnershipId null; its modules follow by trigger). Only from the
 * waiting state (a conditional update), so two clicks cannot both win.
 */
export const approveSharing = defineUseCase(
  { name: 'portal.approve-sharing', permission: 'approve:resources', input: ZApproveSharing, audit: 'resource.sharing.decide', revalidate: () => [RESOURCE_PAGES, PORTAL_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TPortalResult> => {
    const resource = await tx.resource.findFirst({ where: { AND: [{ id: d.resourceId }, resourceApproveScope(actor)] }, select: { id: true, partnershipId: true, requestedVisibility: true } })
    if (!resource?.requestedVisibility) return { ok: false, error: 'notFound' }
    const wanted = resource.requestedVisibility
    const moved =
      d.decision === 'refuse'
        ? { requestedVisibility: null }
        : {
            visibility: wanted,
            requestedVisibility: null,
            unitId: wanted === 'UNIT' ? undefined : null,
            partnershipId: wanted === 'PUBLIC' || wanted === 'LOGGED_IN' ? null : resource.partnershipId,
            approvedById: actor.userId,
            approvedAt: new Date(),
          }
    const { count } = await tx.resource.updateMany({ where: { id: resource.id, requestedVisibility: wanted }, data: moved })
    if (count !== 1) return { ok: false, error: 'notPending' }
    await audit({ entity: 'Resource', entityId: resource.id, partnershipId: resource.partnershipId, data: { decision: d.decision, requestedVisibility: wanted } })
    return { ok: true, done: d.decision === 'approve' ? 'approved' : 'refused', id: resource.id }
  },
)
