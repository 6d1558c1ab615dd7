import 'server-only'
import { can, type Actor } from '@/server/authz/actor'
import { developmentManageScope, resourceApproveScope, resourceAuthorScope, resourceReadScope, resourceUseReadScope, resourceUseUnitScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { COMPETENCE_AIMS, CURRICULA } from './curriculum'

const resourceSelect = {
  id: true, kind: true, title: true, summary: true, body: true, visibility: true, requestedVisibility: true, themes: true, audiences: true, levels: true, grades: true,
  curricula: true, competenceAims: true, durationWeeks: true, licence: true, language: true, url: true, fileName: true, sizeBytes: true, createdAt: true, createdById: true,
  authorOrganisation: { select: { name: true } }, partnership: { select: { name: true } }, network: { select: { name: true } }, unit: { select: { name: true } },
  modules: { orderBy: { position: 'asc' as const }, select: { id: true, position: true, kind: true, title: true, body: true, url: true, durationWeeks: true } },
} as const

/**
 * One resource the actor reads (resourceReadScope), its modules, the curricula and aims by name,
 * what the actor may do with it, the uses of its own units (with the modules done) and the
 * measures that use it. Null when it may not read it.
 */
export async function getResource(db: Db, actor: Actor, resourceId: string) {
  return readByIds(db, actor, 'read:partnership', [resourceId], async (tx) => {
    const resource = await tx.resource.findFirst({ where: { AND: [{ id: resourceId }, resourceReadScope(actor)] }, select: resourceSelect })
    if (!resource) return null
    const [authored, approvable, uses, measures, startUnits, measureOptions] = await Promise.all([
      tx.resource.count({ where: { AND: [{ id: resourceId }, resourceAuthorScope(actor)] } }),
      tx.resource.count({ where: { AND: [{ id: resourceId }, resourceApproveScope(actor)] } }),
      tx.resourceUse.findMany({
        where: { AND: [{ resourceId }, resourceUseReadScope(actor)] },
        orderBy: [{ startedAt: 'desc' }, { id: 'asc' }],
        take: 50,
        select: { id: true, team: true, unitId: true, currentModuleId: true, startedAt: true, finishedAt: true, unit: { select: { name: true } }, modules: { select: { moduleId: true, doneAt: true } } },
      }),
      tx.measureResource.findMany({ where: { resourceId }, take: 50, select: { measure: { select: { id: true, title: true, partnership: { select: { name: true } } } } } }),
      resource.kind === 'PACKAGE' && can(actor, 'use:resources') ? tx.unit.findMany({ where: resourceUseUnitScope(actor), take: 20, orderBy: { name: 'asc' }, select: { id: true, name: true } }) : [],
      can(actor, 'manage:development') ? measureChoices(tx, actor) : [],
    ])
    const ownUnits = new Set(startUnits.map((u) => u.id))
    return {
      ...resource,
      authorName: resource.authorOrganisation?.name ?? null,
      curriculaNamed: resource.curricula.map((code) => ({ code, title: CURRICULA.find((c) => c.code === code)?.title ?? code })),
      aimsNamed: resource.competenceAims.map((code) => ({ code, text: COMPETENCE_AIMS.find((a) => a.code === code)?.text ?? code })),
      mayAddModules: authored > 0 && resource.kind === 'PACKAGE',
      mayApprove: approvable > 0,
      uses: uses.map((u) => ({ ...u, mine: ownUnits.has(u.unitId), doneIds: u.modules.map((m) => m.moduleId) })),
      measures: measures.map((m) => m.measure),
      startUnits,
      measureOptions,
    }
  })
}

/** The measures the secretariat keeps, to name this resource in (at most 200, newest first). */
function measureChoices(tx: Tx, actor: Actor) {
  return tx.measure.findMany({ where: { partnership: developmentManageScope(actor) }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 200, select: { id: true, title: true } })
}

export type TResourceDetail = NonNullable<Awaited<ReturnType<typeof getResource>>>

/** The resource's file, for whoever reads the resource. */
export async function getResourceFile(db: Db, actor: Actor, resourceId: string) {
  return readByIds(db, actor, 'read:partnership', [resourceId], (tx) =>
    tx.resource.findFirst({ where: { AND: [{ id: resourceId }, resourceReadScope(actor), { content: { not: null } }] }, select: { fileName: true, contentType: true, content: true } }),
  )
}
