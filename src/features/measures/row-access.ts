import 'server-only'
import type { Actor } from '@/server/authz/actor'
import { developmentManageScope, planWriteScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'

/**
 * May the actor act on this row? One answer per kind of row, so a use case and the page that
 * shows its form ask the same question. Note: ids come from forms and addresses; each lookup
 * is the id AND the scope, so another tenant's id looks like one that does not exist.
 */

/** The plan when the actor may write it (its own unit's, or its partnership's for the secretariat). */
export function writablePlan(tx: Tx, actor: Actor, planId: string) {
  return tx.developmentPlan.findFirst({ where: { AND: [{ id: planId }, planWriteScope(actor)] }, select: { id: true, partnershipId: true } })
}

/** The partnership when the actor keeps its measures and partnership plan (its secretariat). */
export function managedPartnership(tx: Tx, actor: Actor, partnershipId: string) {
  return tx.partnership.findFirst({ where: { AND: [{ id: partnershipId }, developmentManageScope(actor)] }, select: { id: true } })
}
