import type { z } from 'zod'
import { invalidFields } from '@/lib/invalid-fields'
import type { Actor } from '@/server/authz/actor'
import { partnershipScope, unitPlanScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { managedPartnership } from './row-access'
import { ZCreatePlan, type TMeasuresResult } from './schemas'

/** A period the wrong way round is its own error (its message says so), everything else `invalid`. */
function refusedPlan(error: z.ZodError): Extract<TMeasuresResult, { ok: false }> {
  return { ok: false, error: error.issues.some((i) => i.message === 'periodOrder') ? 'periodOrder' : 'invalid', fields: invalidFields(error) }
}

/**
 * Whom the plan belongs to: the actor's own unit (in the partnership its owner takes part in
 * now), or a partnership the actor keeps; null when the target is neither.
 */
async function planOwner(tx: Tx, actor: Actor, kind: 'unit' | 'partnership', id: string): Promise<{ partnershipId: string; unitId: string | null } | null> {
  if (kind === 'partnership') {
    const partnership = await managedPartnership(tx, actor, id)
    return partnership ? { partnershipId: partnership.id, unitId: null } : null
  }
  const unit = await tx.unit.findFirst({ where: { AND: [{ id }, unitPlanScope(actor)] }, select: { id: true, ownerId: true } })
  if (!unit) return null
  const partnership = await tx.partnership.findFirst({
    where: { AND: [{ owners: { some: { ownerId: unit.ownerId, leftOn: null } } }, partnershipScope(actor)] },
    orderBy: { name: 'asc' },
    select: { id: true },
  })
  return partnership ? { partnershipId: partnership.id, unitId: unit.id } : null
}

/**
 * A new development plan: a principal or head for their own unit, a school owner for one of its
 * units (issue 20), or the secretariat for its partnership (no unit). A unit's plan belongs to the partnership its owner takes part in now.
 */
export const createPlan = defineUseCase(
  { name: 'measures.create-plan', permission: 'write:plan', input: ZCreatePlan, audit: 'plan.create', invalid: refusedPlan, revalidate: () => ['/planer'] },
  async ({ tx, actor, input: d, audit }): Promise<TMeasuresResult> => {
    const [kind, id] = d.target.split(':') as ['unit' | 'partnership', string]
    const owner = await planOwner(tx, actor, kind, id)
    if (!owner) return { ok: false, error: 'notFound', fields: ['target'] }
    const plan = await tx.developmentPlan.create({
      data: { ...owner, title: d.title, startsOn: new Date(d.startsOn), endsOn: d.endsOn ? new Date(d.endsOn) : null, createdById: actor.userId },
    })
    await audit({ entity: 'DevelopmentPlan', entityId: plan.id, partnershipId: owner.partnershipId, data: { unitId: owner.unitId, title: d.title, startsOn: d.startsOn, endsOn: d.endsOn ?? null } })
    return { ok: true, done: 'planCreated', id: plan.id }
  },
)
