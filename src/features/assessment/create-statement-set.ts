import { developmentManageScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { assessmentPages, ZCreateStatementSet, type TAssessmentResult } from './schemas'
import { refuseUniqueRace } from '@/server/usecase/database-fallback'

const duplicateName: Extract<TAssessmentResult, { ok: false }> = { ok: false, error: 'duplicateName', fields: ['name'] }

/** The secretariat creates a statement set for its partnership's schools or kindergartens. */
export const createStatementSet = refuseUniqueRace(
  defineUseCase(
    {
      name: 'assessment.create-statement-set',
      permission: 'manage:development',
      input: ZCreateStatementSet,
      audit: 'statement_set.create',
      revalidate: () => assessmentPages('/egenvurdering/pastander'),
    },
    async ({ tx, actor, input: d, audit }): Promise<TAssessmentResult> => {
      const partnership = await tx.partnership.findFirst({ where: { AND: [{ id: d.partnershipId }, developmentManageScope(actor)] }, select: { id: true } })
      if (!partnership) return { ok: false, error: 'notFound' }
      if (await tx.statementSet.count({ where: { partnershipId: partnership.id, name: d.name } })) return duplicateName
      const set = await tx.statementSet.create({ data: { partnershipId: partnership.id, name: d.name, unitKind: d.unitKind } })
      await audit({ entity: 'StatementSet', entityId: set.id, partnershipId: partnership.id, data: { name: d.name, unitKind: d.unitKind } })
      return { ok: true, done: 'setCreated', id: set.id }
    },
  ),
  // Two sets racing for one name: the unique index settles it.
  () => duplicateName,
)
