import { Prisma } from '@/generated/prisma/client'
import { partnershipScope, resourceReadScope, resourceUseUnitScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { PROGRESS_PAGE, RESOURCE_PAGES } from './options'
import { ZStartPackage, type TPortalResult } from './schemas'

/**
 * A unit's own people (use:resources) start a package they can read, for the whole staff or for a
 * team named by them; the use belongs to the unit's partnership and begins at the first module.
 */
export const startPackage = defineUseCase(
  { name: 'portal.start-package', permission: 'use:resources', input: ZStartPackage, audit: 'resource.use.start', revalidate: () => [RESOURCE_PAGES, PROGRESS_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TPortalResult> => {
    const resource = await tx.resource.findFirst({
      where: { AND: [{ id: d.resourceId }, resourceReadScope(actor)] },
      select: { id: true, kind: true, modules: { orderBy: { position: 'asc' }, take: 1, select: { id: true } } },
    })
    if (!resource) return { ok: false, error: 'notFound' }
    if (resource.kind !== 'PACKAGE') return { ok: false, error: 'notPackage' }
    if (!resource.modules[0]) return { ok: false, error: 'noModules' }
    const unit = await tx.unit.findFirst({
      where: { AND: [{ id: d.unitId }, resourceUseUnitScope(actor)] },
      select: { id: true, owner: { select: { partnershipOwners: { where: { leftOn: null, partnership: partnershipScope(actor) }, take: 1, select: { partnershipId: true } } } } },
    })
    const partnershipId = unit?.owner.partnershipOwners[0]?.partnershipId
    if (!unit || !partnershipId) return { ok: false, error: 'notFound', fields: ['unitId'] }
    const team = d.team ?? ''
    try {
      const use = await tx.resourceUse.create({
        data: { partnershipId, resourceId: resource.id, unitId: unit.id, team, currentModuleId: resource.modules[0].id, startedById: actor.userId },
        select: { id: true },
      })
      await audit({ entity: 'ResourceUse', entityId: use.id, partnershipId, data: { resourceId: resource.id, unitId: unit.id, team } })
    } catch (e) {
      // Note: the same team starting the same package twice is said so, not a failure.
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') return { ok: false, error: 'duplicate', fields: ['team'] }
      throw e
    }
    return { ok: true, done: 'started', id: resource.id }
  },
)
