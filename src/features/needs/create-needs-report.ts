import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { reportingOwners } from './owners'
import { invalidResult, ZCreateNeedsReport, type TNeedsResult } from './schemas'

/**
 * A school owner starts a needs report (behovsmelding) for a partnership it takes part in. A joint
 * report names other owners of the same partnership; the creator's organisation is always one.
 */
export async function createNeedsReport(db: Db, actor: Actor, input: unknown): Promise<TNeedsResult> {
  if (!can(actor, 'report:needs')) return { ok: false, error: 'forbidden' }
  const parsed = ZCreateNeedsReport.safeParse(input)
  if (!parsed.success) return invalidResult(parsed.error)
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
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
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: d.partnershipId, action: 'needs_report.create', entity: 'NeedsReport', entityId: report.id, data: { year: d.year, title: d.title, ownerIds: owners.ownerIds } },
    })
    return { ok: true, done: 'reportCreated', id: report.id }
  })
}
