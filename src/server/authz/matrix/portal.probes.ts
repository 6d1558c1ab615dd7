import * as actions from '@/features/portal/actions'
import { getProgress } from '@/features/portal/get-progress'
import { getResource } from '@/features/portal/get-resource'
import { searchResources } from '@/features/portal/search-resources'
import { getSharingOptions } from '@/features/portal/sharing'
import { GET as resourceFile } from '@/app/ressurser/[resourceId]/fil/route'
import { unique } from '~tests/factories'
import { addModuleRows, createResourceRow, standardModules } from '~tests/factories/portal'
import { demoPeople } from '~prisma/seed/demo'
import type { Actor } from '../actor'
import { callAction, callRoute } from './adapters'
import { answers, entry, listsRow } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

export function portalProbes(ctx: TMatrixContext): TProbes {
  const { prisma, ids } = ctx
  const tenantUnits = (tenant: TTenant) => ({ owner: { partnershipOwners: { some: { partnershipId: ids[tenant], leftOn: null } } } })

  /** The unit the actor works in when it is in the tenant, else the tenant's first unit (which it must not reach). */
  async function unitFor(actor: Actor, tenant: TTenant) {
    const own = actor.memberships.map((m) => m.unitId).filter((id): id is string => !!id)
    const row = (await prisma.unit.findFirst({ where: { id: { in: own }, ...tenantUnits(tenant) }, select: { id: true } })) ?? (await prisma.unit.findFirstOrThrow({ where: tenantUnits(tenant), orderBy: { name: 'asc' }, select: { id: true } }))
    return row.id
  }

  /** A package shared within the tenant's partnership, with its four modules. */
  async function tenantPackage(tenant: TTenant, data: Parameters<typeof createResourceRow>[1] = {}) {
    const resource = await createResourceRow(prisma, { partnershipId: ids[tenant], visibility: 'PARTNERSHIP', title: unique('Probepakke'), ...data })
    const modules = await addModuleRows(prisma, resource.id, standardModules('proben'))
    return { resource, modules }
  }

  /**
   * A use of a tenant package at the unit a known person works in: in Salten the demo principal's
   * school (Bodø's, with the demo teacher), in Sunnmøre the demo resource teacher's.
   */
  async function tenantUse(tenant: TTenant) {
    const { resource, modules } = await tenantPackage(tenant)
    const email = tenant === 'salten' ? demoPeople.principal.email : demoPeople.resourceTeacherSunnmore.email
    const unit = await prisma.membership.findFirstOrThrow({ where: { user: { email }, unitId: { not: null } }, select: { unitId: true } })
    const use = await prisma.resourceUse.create({ data: { partnershipId: ids[tenant], resourceId: resource.id, unitId: unit.unitId!, team: unique('Probeteam'), currentModuleId: modules[0]!.id } })
    return { resource, modules, use }
  }

  const created = (title: string, tenant: TTenant) => prisma.resource.count({ where: { title, partnershipId: ids[tenant] } })

  return {
    '/ressurser': entry('read:partnership', 'reads', async (actor, tenant) => {
      const { resource } = await tenantPackage(tenant)
      return listsRow(async (paging) => (await searchResources(prisma, actor, {}, paging)).resources, resource.id)
    }),
    '/ressurser/[resourceId]': entry('read:partnership', 'reads', async (actor, tenant) => answers(getResource(prisma, actor, (await tenantPackage(tenant)).resource.id))),
    '/ressurser/[resourceId]/fil': entry('read:partnership', 'reads', async (actor, tenant) => {
      const bytes = new TextEncoder().encode('%PDF-1.4 proben')
      const { resource } = await tenantPackage(tenant, { kind: 'FILE', fileName: 'probe.pdf', contentType: 'application/pdf', sizeBytes: bytes.length, sha256: 'x'.repeat(64), content: bytes })
      return callRoute(actor, resourceFile, { resourceId: resource.id })
    }),
    '/ressurser/fremdrift': entry('read:partnership', 'readsResourceProgress', async (actor, tenant) => {
      const { use } = await tenantUse(tenant)
      return listsRow(async (paging) => (await getProgress(prisma, actor, paging)).progress, use.id)
    }),
    '/ressurser/ny': entry('write:resources', 'authorsResources', async (actor, tenant) => {
      const options = await getSharingOptions(prisma, actor).catch(() => [])
      return options.some((o) => o.partnershipId === ids[tenant] && !o.needsApproval)
    }),
    createResourceAction: entry('write:resources', 'authorsResources', async (actor, tenant) => {
      const title = unique('Proberessurs')
      // Where the actor would share in the tenant: its partnership, else its own unit there.
      for (const sharing of [`PARTNERSHIP:${ids[tenant]}`, `UNIT:${await unitFor(actor, tenant)}`]) {
        await callAction(actor, actions.createResourceAction, { kind: 'TEACHING_PLAN', title, summary: 'Fra proben.', sharing, themes: 'READING', licence: 'CC_BY_4', language: 'NB', curricula: 'NOR01-06', competenceAims: '' })
      }
      return (await created(title, tenant)) > 0
    }),
    addModuleAction: entry('write:resources', 'authorsResources', async (actor, tenant) => {
      const { resource } = await tenantPackage(tenant, { createdById: actor.userId })
      await callAction(actor, actions.addModuleAction, { resourceId: resource.id, kind: 'SUBJECT', title: 'Modul fra proben' })
      return (await prisma.resourceModule.count({ where: { resourceId: resource.id } })) > 4
    }),
    approveSharingAction: entry('approve:resources', 'approvesResources', async (actor, tenant) => {
      const unitId = await unitFor(actor, tenant)
      const resource = await createResourceRow(prisma, { partnershipId: ids[tenant], visibility: 'UNIT', unitId, requestedVisibility: 'PARTNERSHIP', title: unique('Ønsket deling') })
      await callAction(actor, actions.approveSharingAction, { resourceId: resource.id, decision: 'approve' })
      return (await prisma.resource.findUniqueOrThrow({ where: { id: resource.id } })).visibility === 'PARTNERSHIP'
    }),
    startPackageAction: entry('use:resources', 'usesResources', async (actor, tenant) => {
      const { resource } = await tenantPackage(tenant)
      await callAction(actor, actions.startPackageAction, { resourceId: resource.id, unitId: await unitFor(actor, tenant), team: 'Probeteam' })
      return (await prisma.resourceUse.count({ where: { resourceId: resource.id } })) > 0
    }),
    markModuleAction: entry('use:resources', 'usesResources', async (actor, tenant) => {
      const { resource, modules } = await tenantPackage(tenant)
      const use = await prisma.resourceUse.create({ data: { partnershipId: ids[tenant], resourceId: resource.id, unitId: await unitFor(actor, tenant), currentModuleId: modules[0]!.id } })
      await callAction(actor, actions.markModuleAction, { useId: use.id, moduleId: modules[0]!.id, step: 'done' })
      return (await prisma.resourceUseModule.count({ where: { useId: use.id } })) > 0
    }),
    linkMeasureAction: entry('manage:development', 'managesDevelopment', async (actor, tenant) => {
      const measure = await prisma.measure.findFirstOrThrow({ where: { partnershipId: ids[tenant] }, select: { id: true } })
      const resource = await createResourceRow(prisma, { title: unique('Offentlig probe') })
      await callAction(actor, actions.linkMeasureAction, { resourceId: resource.id, measureId: measure.id })
      return (await prisma.measureResource.count({ where: { resourceId: resource.id } })) > 0
    }),
  }
}
