import { can, type Actor } from '@/server/authz/actor'
import { developmentManageScope, partnershipScope, unitAssessScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields, ZCreatePlan, type TMeasuresResult } from './schemas'

/**
 * A new development plan: a principal or head for their own unit, or the secretariat for its
 * partnership (no unit). A unit's plan belongs to the partnership its owner takes part in now.
 */
export async function createPlan(db: Db, actor: Actor, input: unknown): Promise<TMeasuresResult> {
  if (!can(actor, 'write:plan')) return { ok: false, error: 'forbidden' }
  const parsed = ZCreatePlan.safeParse(input)
  if (!parsed.success) return { ok: false, error: parsed.error.issues.some((i) => i.message === 'periodOrder') ? 'periodOrder' : 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data
  const [kind, id] = d.target.split(':') as ['unit' | 'partnership', string]

  return withActorTenants(db, actor, async (tx) => {
    let owner: { partnershipId: string; unitId: string | null } | null = null
    if (kind === 'unit') {
      const unit = await tx.unit.findFirst({ where: { AND: [{ id }, unitAssessScope(actor)] }, select: { id: true, ownerId: true } })
      const partnership = unit
        ? await tx.partnership.findFirst({ where: { AND: [{ owners: { some: { ownerId: unit.ownerId, leftOn: null } } }, partnershipScope(actor)] }, orderBy: { name: 'asc' }, select: { id: true } })
        : null
      if (unit && partnership) owner = { partnershipId: partnership.id, unitId: unit.id }
    } else {
      const partnership = await tx.partnership.findFirst({ where: { AND: [{ id }, developmentManageScope(actor)] }, select: { id: true } })
      if (partnership) owner = { partnershipId: partnership.id, unitId: null }
    }
    if (!owner) return { ok: false, error: 'notFound', fields: ['target'] }
    const plan = await tx.developmentPlan.create({
      data: { ...owner, title: d.title, startsOn: new Date(d.startsOn), endsOn: d.endsOn ? new Date(d.endsOn) : null, createdById: actor.userId },
    })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: owner.partnershipId, action: 'plan.create', entity: 'DevelopmentPlan', entityId: plan.id, data: { unitId: owner.unitId, title: d.title, startsOn: d.startsOn, endsOn: d.endsOn ?? null } },
    })
    return { ok: true, done: 'planCreated', id: plan.id }
  })
}
