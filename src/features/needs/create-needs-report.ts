import { defineUseCase } from '@/server/usecase/define-use-case'
import { reportingOwners } from './owners'
import { invalidResult, reportPages, ZCreateNeedsReport, type TNeedsResult } from './schemas'

/**
 * A school owner starts a needs report (behovsmelding) for a partnership it takes part in. A joint
 * report names other owners of the same partnership; the creator's organisation is always one.
 */
export const createNeedsReport = defineUseCase(
  { name: 'needs.create-needs-report', permission: 'report:needs', input: ZCreateNeedsReport, audit: 'needs_report.create', invalid: invalidResult, revalidate: reportPages },
  async ({ tx, actor, input: d, audit }): Promise<TNeedsResult> => {
    const owners = await reportingOwners(tx, actor, d)
    if (!owners.ok) return { ok: false, error: owners.error, fields: owners.error === 'notOwner' ? ['coOwnerIds'] : [] }
    const report = await tx.needsReport.create({
      data: {
        partnershipId: d.partnershipId,
        year: d.year,
        title: d.title,
        summary: d.summary,
        createdById: actor.userId,
        owners: { create: owners.ownerIds.map((ownerId) => ({ partnershipId: d.partnershipId, ownerId })) },
      },
    })
    await audit({ entity: 'NeedsReport', entityId: report.id, partnershipId: d.partnershipId, data: { year: d.year, title: d.title, ownerIds: owners.ownerIds } })
    return { ok: true, done: 'reportCreated', id: report.id }
  },
)
