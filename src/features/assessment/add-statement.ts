import { developmentManageScope } from '@/server/authz/scopes'
import { lockRow } from '@/server/db/lock-row'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { assessmentPages, ZAddStatement, type TAssessmentResult } from './schemas'

/**
 * The secretariat adds a statement at the end of a set. Analyses already started keep rating the
 * statements they have; a new statement simply has no counts there until someone enters them.
 */
export const addStatement = defineUseCase(
  { name: 'assessment.add-statement', permission: 'manage:development', input: ZAddStatement, audit: 'statement.add', revalidate: () => assessmentPages('/egenvurdering/pastander') },
  async ({ tx, actor, input: d, audit }): Promise<TAssessmentResult> => {
    const set = await tx.statementSet.findFirst({ where: { id: d.setId, partnership: developmentManageScope(actor) }, select: { id: true, partnershipId: true } })
    if (!set) return { ok: false, error: 'notFound' }
    // Lock the set so two statements added at once do not take the same position.
    await lockRow(tx, 'StatementSet', set.id)
    const last = await tx.statement.aggregate({ where: { setId: set.id }, _max: { position: true } })
    const statement = await tx.statement.create({ data: { partnershipId: set.partnershipId, setId: set.id, position: (last._max.position ?? 0) + 1, area: d.area, text: d.text } })
    await audit({ entity: 'Statement', entityId: statement.id, partnershipId: set.partnershipId, data: { setId: set.id, area: d.area, text: d.text } })
    return { ok: true, done: 'statementAdded', id: set.id }
  },
)
