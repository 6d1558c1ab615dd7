import { previewUpload, replanUpload } from '@/lib/tabular-file'
import type { Tx } from '@/server/db/tenant'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { planStaffImport } from './plan-staff-import'
import { ZApplyImport, ZPreviewImport, type TStaffImportResult, type TStaffPreview } from './schemas'

/** Step one of a staff import: read the file (CSV or .xlsx) and say what it would do, or every problem with its line. */
export const previewStaffImport = defineUseCase(
  { name: 'staff-import.preview-staff-import', permission: 'manage:staff', input: ZPreviewImport },
  async ({ tx, actor, input }): Promise<TStaffImportResult> => {
    return previewUpload(input.file, (table) => planStaffImport(tx, actor, table))
  },
)

/**
 * Step two: the same file, planned again inside the transaction; refused when any line is bad or
 * when the plan is no longer the one previewed (someone changed the staff in between). Then every
 * new and changed membership, and one audit row for the import, commit together.
 */
export const applyStaffImport = defineUseCase(
  {
    name: 'staff-import.apply-staff-import',
    permission: 'manage:staff',
    input: ZApplyImport,
    audit: 'staff.import',
    revalidate: () => ['/personale/import'],
  },
  async ({ tx, actor, input, audit, unchanged }): Promise<TStaffImportResult> => {
    const plan = await replanUpload(input, (table) => planStaffImport(tx, actor, table))
    if (!plan.ok) return plan
    const written = await writeStaff(tx, plan.preview)
    const values = { created: plan.preview.counts.new, changed: plan.preview.counts.changed, unchanged: plan.preview.counts.unchanged }
    if (written.length === 0) unchanged()
    else await audit({ entity: 'Membership', entityId: 'staff-import', data: { ...values, file: input.fileName, memberships: written } })
    return { ok: true, done: 'applied', values }
  },
)

/** New people get a user row waiting for their first login (as an invitation does); returns the memberships written. */
async function writeStaff(tx: Tx, preview: TStaffPreview): Promise<string[]> {
  const units = new Map((await tx.unit.findMany({ where: { orgNumber: { in: preview.rows.map((r) => r.orgNumber) } }, select: { id: true, orgNumber: true } })).map((u) => [u.orgNumber, u.id]))
  const written: string[] = []
  for (const row of preview.rows.filter((r) => r.status !== 'unchanged')) {
    const unitId = units.get(row.orgNumber)!
    const user = await tx.user.upsert({ where: { email: row.email }, create: { email: row.email, name: row.name }, update: {}, select: { id: true } })
    let membershipId: string
    if (row.status === 'new') {
      membershipId = (await tx.membership.create({ data: { userId: user.id, unitId, role: row.role }, select: { id: true } })).id
    } else {
      membershipId = (await tx.membership.findFirstOrThrow({ where: { userId: user.id, unitId, endedAt: null, role: row.previousRole! }, select: { id: true } })).id
      if (row.previousRole !== row.role) await tx.membership.update({ where: { id: membershipId }, data: { role: row.role } })
    }
    // Classes already assigned stay as they are; the file only adds.
    if (row.classIds.length) await tx.unitGroupTeacher.createMany({ data: row.classIds.map((groupId) => ({ groupId, membershipId })), skipDuplicates: true })
    written.push(membershipId)
  }
  return written
}
