import { resourceUseUnitScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { PROGRESS_PAGE, RESOURCE_PAGES } from './options'
import { ZMarkModule, type TPortalResult } from './schemas'

/**
 * The unit's people mark the module they are on, or a module done. Done moves them to the next
 * module not yet done; the last one done finishes the use (finishedAt), once.
 */
export const markModule = defineUseCase(
  { name: 'portal.mark-module', permission: 'use:resources', input: ZMarkModule, audit: 'resource.use.mark', revalidate: () => [RESOURCE_PAGES, PROGRESS_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TPortalResult> => {
    const use = await tx.resourceUse.findFirst({
      where: { id: d.useId, unit: resourceUseUnitScope(actor) },
      select: { id: true, partnershipId: true, resourceId: true, finishedAt: true, resource: { select: { modules: { orderBy: { position: 'asc' }, select: { id: true } } } }, modules: { select: { moduleId: true } } },
    })
    const order = use?.resource.modules.map((m) => m.id) ?? []
    if (!use || !order.includes(d.moduleId)) return { ok: false, error: 'notFound' }
    if (d.step === 'current') {
      await tx.resourceUse.update({ where: { id: use.id }, data: { currentModuleId: d.moduleId } })
      await audit({ entity: 'ResourceUse', entityId: use.id, partnershipId: use.partnershipId, data: { moduleId: d.moduleId, step: d.step } })
      return { ok: true, done: 'moduleCurrent', id: use.resourceId }
    }
    await tx.resourceUseModule.upsert({
      where: { useId_moduleId: { useId: use.id, moduleId: d.moduleId } },
      create: { partnershipId: use.partnershipId, useId: use.id, moduleId: d.moduleId, doneById: actor.userId },
      update: {},
    })
    const done = new Set([...use.modules.map((m) => m.moduleId), d.moduleId])
    const next = order.slice(order.indexOf(d.moduleId) + 1).find((id) => !done.has(id)) ?? order.find((id) => !done.has(id)) ?? null
    const finished = next === null
    await tx.resourceUse.update({ where: { id: use.id }, data: { currentModuleId: next, ...(finished && !use.finishedAt ? { finishedAt: new Date() } : {}) } })
    await audit({ entity: 'ResourceUse', entityId: use.id, partnershipId: use.partnershipId, data: { moduleId: d.moduleId, step: d.step, finished } })
    return { ok: true, done: finished ? 'finished' : 'moduleDone', id: use.resourceId }
  },
)
