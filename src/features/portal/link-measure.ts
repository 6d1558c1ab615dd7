import { Prisma } from '@/generated/prisma/client'
import { developmentManageScope, resourceReadScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { RESOURCE_PAGES } from './options'
import { ZLinkMeasure, type TPortalResult } from './schemas'

/** The secretariat (manage:development) names a resource its measure uses: a measure of its partnership, a resource it can read. */
export const linkMeasure = defineUseCase(
  { name: 'portal.link-measure', permission: 'manage:development', input: ZLinkMeasure, audit: 'resource.measure.link', revalidate: () => [RESOURCE_PAGES, '/tiltak/[measureId]'] },
  async ({ tx, actor, input: d, audit }): Promise<TPortalResult> => {
    const measure = await tx.measure.findFirst({ where: { id: d.measureId, partnership: developmentManageScope(actor) }, select: { id: true, partnershipId: true } })
    if (!measure) return { ok: false, error: 'notFound', fields: ['measureId'] }
    const resource = await tx.resource.findFirst({ where: { AND: [{ id: d.resourceId }, resourceReadScope(actor)] }, select: { id: true } })
    if (!resource) return { ok: false, error: 'notFound' }
    try {
      const link = await tx.measureResource.create({ data: { partnershipId: measure.partnershipId, measureId: measure.id, resourceId: resource.id }, select: { id: true } })
      await audit({ entity: 'MeasureResource', entityId: link.id, partnershipId: measure.partnershipId, data: { measureId: measure.id, resourceId: resource.id } })
    } catch (e) {
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') return { ok: false, error: 'duplicate', fields: ['measureId'] }
      throw e
    }
    return { ok: true, done: 'measureLinked', id: resource.id }
  },
)
