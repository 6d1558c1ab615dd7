import { can, type Actor } from '@/server/authz/actor'
import { developmentManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields } from '@/lib/invalid-fields'
import { ZAddStatement, type TAssessmentResult } from './schemas'

/**
 * The secretariat adds a statement at the end of a set. Analyses already started keep rating the
 * statements they have; a new statement simply has no counts there until someone enters them.
 */
export async function addStatement(db: Db, actor: Actor, input: unknown): Promise<TAssessmentResult> {
  if (!can(actor, 'manage:development')) return { ok: false, error: 'forbidden' }
  const parsed = ZAddStatement.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data
  return withActorTenants(db, actor, async (tx) => {
    const set = await tx.statementSet.findFirst({ where: { id: d.setId, partnership: developmentManageScope(actor) }, select: { id: true, partnershipId: true } })
    if (!set) return { ok: false, error: 'notFound' }
    // Lock the set so two statements added at once do not take the same position.
    await tx.$executeRaw`SELECT 1 FROM "StatementSet" WHERE "id" = ${set.id}::uuid FOR UPDATE`
    const last = await tx.statement.aggregate({ where: { setId: set.id }, _max: { position: true } })
    const statement = await tx.statement.create({ data: { partnershipId: set.partnershipId, setId: set.id, position: (last._max.position ?? 0) + 1, area: d.area, text: d.text } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: set.partnershipId, action: 'statement.add', entity: 'Statement', entityId: statement.id, data: { setId: set.id, area: d.area, text: d.text } },
    })
    return { ok: true, done: 'statementAdded', id: set.id }
  })
}
