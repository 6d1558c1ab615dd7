import { createHash } from 'node:crypto'
import { previewUpload, replanUpload, type TTableResult } from '@/lib/tabular-file'
import type { Actor } from '@/server/authz/actor'
import { unitRegisterCountyScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { ZApplyImport, ZPreviewImport } from '@/features/staff-import/schemas'
import { checkUnitFile, unitFields, writeUnits, type TRow } from './import-units'
import type { TUnitImportResult, TUnitPreview } from './schemas'

const COMPARED = ['name', 'kind', 'levels', 'isPublic', 'municipalityId', 'pupilCount', 'staffFteCenti', 'writtenLanguage'] as const

/**
 * What a register file would do to the units (new, changed with the fields that change, closed by
 * `ErAktiv = nei`, unchanged), or every problem with its line, including rows in municipalities
 * outside the actor's counties (unitRegisterCountyScope). Reads only.
 */
async function planUnitImport(tx: Tx, actor: Actor, table: TTableResult) {
  const checked = await checkUnitFile(tx, table)
  if (!checked.ok) return checked
  const counties = new Set((await tx.county.findMany({ where: unitRegisterCountyScope(actor), select: { id: true } })).map((c) => c.id))
  const outside = checked.rows.filter(({ row }) => !counties.has(checked.byNumber.get(row.municipalityNumber)!.countyId))
  if (outside.length) return { ok: false as const, errors: outside.map(({ line, row }) => ({ line, code: 'outsideOffice', values: { value: row.municipalityNumber } })) }
  const existing = new Map(
    (await tx.unit.findMany({ where: { orgNumber: { in: checked.rows.map((r) => r.row.orgNumber) } }, select: { orgNumber: true, active: true, ...Object.fromEntries(COMPARED.map((f) => [f, true])) } })).map(
      (u) => [u.orgNumber, u as unknown as Record<string, unknown>],
    ),
  )
  const preview: Omit<TUnitPreview, 'digest'> = { created: [], changed: [], deactivated: [], unchanged: 0 }
  for (const { line, row } of checked.rows) sortRow(preview, existing.get(row.orgNumber), line, row, checked.byNumber.get(row.municipalityNumber)!.id)
  const digest = createHash('sha256').update(JSON.stringify(preview)).digest('hex')
  return { ok: true as const, preview: { ...preview, digest }, rows: checked.rows, byNumber: checked.byNumber }
}

/** Puts one row in its part of the preview: new, closed (active in the database, not in the register), changed or unchanged. */
function sortRow(preview: Omit<TUnitPreview, 'digest'>, current: Record<string, unknown> | undefined, line: number, row: TRow, municipalityId: string): void {
  const entry = { line, orgNumber: row.orgNumber, name: row.name }
  const next = unitFields(row, municipalityId)
  if (!current) return void preview.created.push(entry)
  if (current.active && !next.active) return void preview.deactivated.push(entry)
  const fields = [...COMPARED, 'active' as const].filter((f) => JSON.stringify(current[f]) !== JSON.stringify(next[f]))
  if (fields.length) preview.changed.push({ ...entry, fields })
  else preview.unchanged += 1
}

/** Step one of the register import page: read the file (CSV or .xlsx) and say what it would do. Writes nothing. */
export const previewUnitImport = defineUseCase(
  { name: 'units.preview-unit-import', permission: 'import:units', input: ZPreviewImport },
  async ({ tx, actor, input }): Promise<TUnitImportResult> => {
    return previewUpload(input.file, (table) => planUnitImport(tx, actor, table))
  },
)

/**
 * Step two: the same file planned again in the transaction, refused when any line is bad or the
 * plan is not the one previewed; then every unit and one audit row commit together.
 */
export const applyUnitImport = defineUseCase(
  { name: 'units.apply-unit-import', permission: 'import:units', input: ZApplyImport, audit: 'unit.import', revalidate: () => ['/admin/enheter'] },
  async ({ tx, actor, input, audit }): Promise<TUnitImportResult> => {
    const plan = await replanUpload(input, (table) => planUnitImport(tx, actor, table))
    if (!plan.ok) return plan
    const values = await writeUnits(tx, plan.rows, plan.byNumber)
    const { created, changed, deactivated, unchanged } = plan.preview
    await audit({ entity: 'Unit', entityId: 'register-import', data: { ...values, file: input.fileName, new: created.length, changed: changed.length, deactivated: deactivated.length, unchanged } })
    return { ok: true, done: 'applied', values }
  },
)
