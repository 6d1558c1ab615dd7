import { can, type Actor } from '@/server/authz/actor'
import { developmentManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { isDatabaseError } from '@/server/db/errors'
import { invalidFields } from '@/lib/invalid-fields'
import { ZCreateStatementSet, type TAssessmentResult } from './schemas'

/** The secretariat creates a statement set for its partnership's schools or kindergartens. */
export async function createStatementSet(db: Db, actor: Actor, input: unknown): Promise<TAssessmentResult> {
  if (!can(actor, 'manage:development')) return { ok: false, error: 'forbidden' }
  const parsed = ZCreateStatementSet.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data
  try {
    return await withActorTenants(db, actor, async (tx): Promise<TAssessmentResult> => {
      const partnership = await tx.partnership.findFirst({ where: { AND: [{ id: d.partnershipId }, developmentManageScope(actor)] }, select: { id: true } })
      if (!partnership) return { ok: false, error: 'notFound' }
      if (await tx.statementSet.count({ where: { partnershipId: partnership.id, name: d.name } })) return { ok: false, error: 'duplicateName', fields: ['name'] }
      const set = await tx.statementSet.create({ data: { partnershipId: partnership.id, name: d.name, unitKind: d.unitKind } })
      await tx.auditLog.create({
        data: { actorUserId: actor.userId, partnershipId: partnership.id, action: 'statement_set.create', entity: 'StatementSet', entityId: set.id, data: { name: d.name, unitKind: d.unitKind } },
      })
      return { ok: true, done: 'setCreated', id: set.id }
    })
  } catch (e) {
    // Two sets racing for one name: the unique index settles it.
    if (isDatabaseError(e, 'unique')) return { ok: false, error: 'duplicateName', fields: ['name'] }
    throw e
  }
}
