import { resourceAuthorScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { RESOURCE_PAGES } from './options'
import { ZAddModule, type TPortalResult } from './schemas'

/**
 * The author adds the next module to a package: the introduction, subject modules, the closing
 * module, in the order written. The position is taken under a row lock on the resource, so two
 * authors adding at once get consecutive places (the unique index is the second wall).
 */
export const addModule = defineUseCase(
  { name: 'portal.add-module', permission: 'write:resources', input: ZAddModule, audit: 'resource.module.add', revalidate: () => [RESOURCE_PAGES] },
  async ({ tx, actor, input: d, audit }): Promise<TPortalResult> => {
    const resource = await tx.resource.findFirst({ where: { AND: [{ id: d.resourceId }, resourceAuthorScope(actor)] }, select: { id: true, kind: true, partnershipId: true } })
    if (!resource) return { ok: false, error: 'notFound' }
    if (resource.kind !== 'PACKAGE') return { ok: false, error: 'notPackage' }
    await tx.$executeRaw`SELECT 1 FROM "Resource" WHERE "id" = ${resource.id}::uuid FOR UPDATE`
    const last = await tx.resourceModule.findFirst({ where: { resourceId: resource.id }, orderBy: { position: 'desc' }, select: { position: true } })
    // partnershipId is set by the database from the resource (trigger ResourceModule_tenant).
    const added = await tx.resourceModule.create({
      data: { resourceId: resource.id, position: (last?.position ?? 0) + 1, kind: d.kind, title: d.title, body: d.body ?? null, url: d.url ?? null, durationWeeks: d.durationWeeks ?? null },
      select: { id: true, position: true },
    })
    await audit({ entity: 'ResourceModule', entityId: added.id, partnershipId: resource.partnershipId, data: { resourceId: resource.id, position: added.position, kind: d.kind, title: d.title } })
    return { ok: true, done: 'moduleAdded', id: resource.id }
  },
)
