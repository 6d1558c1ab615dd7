import { createHash } from 'node:crypto'
import { z } from 'zod'
import type { Role } from '@/generated/prisma/client'
import type { Actor } from '@/server/authz/actor'
import { staffManageScope, staffRoles } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'
import { headerKey, parseRecords, type TTableResult } from '@/lib/tabular-file'
import { roleTarget } from '@/features/memberships/roles'
import { schoolYearOf } from '@/features/staff/schemas'
import type { TLineError, TStaffPreview, TStaffRow } from './schemas'

/**
 * Columns of a staff file (header names case-insensitive; `;` or `,` in CSV, or the first sheet of
 * an .xlsx): name, e-mail, the unit's organisation number, role, and optionally the classes or
 * groups (this school year's, by name, e.g. "5A, 6B") the person teaches or works in.
 */
const headerAliases: Record<string, 'name' | 'email' | 'orgNumber' | 'role' | 'classes'> = {
  klasser: 'classes', klassar: 'classes', grupper: 'classes', avdelinger: 'classes', avdelingar: 'classes', classes: 'classes', groups: 'classes',
  navn: 'name', name: 'name', fulltnavn: 'name',
  epost: 'email', epostadresse: 'email', email: 'email',
  organisasjonsnummer: 'orgNumber', orgnr: 'orgNumber', enhet: 'orgNumber', unit: 'orgNumber', organisationnumber: 'orgNumber',
  rolle: 'role', role: 'role',
}

/** The words a staff file may use for each role (bokmål, nynorsk, English, or the role's own name). */
const roleWords: Record<string, Role> = {
  lærer: 'TEACHER', laerer: 'TEACHER', lærar: 'TEACHER', teacher: 'TEACHER',
  ressurslærer: 'RESOURCE_TEACHER', ressurslærar: 'RESOURCE_TEACHER', resourceteacher: 'RESOURCE_TEACHER',
  barnehagelærer: 'KINDERGARTEN_STAFF', barnehagelærar: 'KINDERGARTEN_STAFF', pedagogiskleder: 'KINDERGARTEN_STAFF',
  pedagogiskleiar: 'KINDERGARTEN_STAFF', kindergartenstaff: 'KINDERGARTEN_STAFF', barnehageansatt: 'KINDERGARTEN_STAFF',
}
const roleOf = (word: string): Role | undefined => {
  const key = headerKey(word)
  return roleWords[key] ?? staffRoles.find((r) => headerKey(r) === key)
}

const MAX_ROWS = 5000

const ZRow = z.object({
  name: z.string().trim().min(2, 'name').max(200, 'name'),
  email: z.string().trim().toLowerCase().pipe(z.email('email')),
  orgNumber: z.string().trim().regex(/^\d{9}$/, 'orgNumber'),
  role: z.string().trim().transform((s, ctx) => roleOf(s) ?? (ctx.addIssue({ code: 'custom', message: 'role' }), z.NEVER)),
  classes: z
    .string()
    .optional()
    .transform((s) => [...new Set((s ?? '').split(/[,;/]/).map((c) => c.trim()).filter(Boolean))]),
})
type TParsedRow = z.infer<typeof ZRow> & { line: number }

/** Each record checked on its own: the fields, then an e-mail twice at one unit. */
function parseRows(table: Extract<TTableResult, { ok: true }>): { rows: TParsedRow[]; errors: TLineError[] } {
  const columns = table.header.map((h) => headerAliases[headerKey(h)])
  const missing = (['name', 'email', 'orgNumber', 'role'] as const).filter((c) => !columns.includes(c))
  if (missing.length) return { rows: [], errors: [{ line: 1, code: 'missingColumns', values: { columns: missing.join(', ') } }] }
  if (table.rows.length > MAX_ROWS) return { rows: [], errors: [{ line: 1, code: 'tooMany', values: { max: String(MAX_ROWS) } }] }
  const parsed = parseRecords(table.rows, columns, ZRow, { code: (issue) => issue.message, key: (row) => `${row.email} ${row.orgNumber}`, shown: (row) => row.email })
  return { rows: parsed.rows.map(({ line, row }) => ({ ...row, line })), errors: parsed.errors }
}

/**
 * What importing the file would do, or every problem with a line number: each row's unit must be
 * one whose staff the actor keeps (staffManageScope), its role a staff role that fits the unit's
 * kind, and its person not disabled nor already the unit's leader. A row is new (no staff
 * membership there), changed (another staff role) or unchanged. The digest names the preview, so
 * applying can tell that nothing moved in between.
 */
export async function planStaffImport(tx: Tx, actor: Actor, table: TTableResult): Promise<{ ok: true; preview: TStaffPreview } | { ok: false; errors: TLineError[] }> {
  if (!table.ok) return { ok: false, errors: [{ line: table.line, code: table.code }] }
  const { rows, errors } = parseRows(table)
  const units = await tx.unit.findMany({
    where: { AND: [{ orgNumber: { in: [...new Set(rows.map((r) => r.orgNumber))] }, active: true }, staffManageScope(actor)] },
    select: { id: true, orgNumber: true, name: true, kind: true },
  })
  const unitBy = new Map(units.map((u) => [u.orgNumber, u]))
  const users = await tx.user.findMany({
    where: { email: { in: [...new Set(rows.map((r) => r.email))] } },
    select: {
      email: true,
      disabledAt: true,
      memberships: { where: { endedAt: null, unitId: { in: units.map((u) => u.id) } }, select: { unitId: true, role: true, groups: { select: { groupId: true } } } },
    },
  })
  const userBy = new Map(users.map((u) => [u.email!, u]))
  const groups = await tx.unitGroup.findMany({ where: { unitId: { in: units.map((u) => u.id) }, schoolYear: schoolYearOf(new Date()) }, select: { id: true, unitId: true, name: true } })
  /** The row's classes by id at its unit, or the first name the unit has no class of this year for. */
  const classesOf = (unitId: string, names: string[]) => {
    const ids = names.map((n) => groups.find((g) => g.unitId === unitId && g.name.toLowerCase() === n.toLowerCase())?.id)
    const missing = names.find((_, i) => !ids[i])
    return missing ? { missing } : { ids: ids as string[] }
  }
  const planned: TStaffRow[] = []
  for (const row of rows) {
    const unit = unitBy.get(row.orgNumber)
    const user = userBy.get(row.email)
    const here = user?.memberships.filter((m) => m.unitId === unit?.id) ?? []
    const fail = (code: string, value = row.orgNumber) => errors.push({ line: row.line, code, values: { value } })
    if (!unit) fail('unitNotFound')
    else if (roleTarget[row.role].kind !== 'unit' || (roleTarget[row.role] as { unitKind: string }).unitKind !== unit.kind) fail('roleUnit', row.role)
    else if (user?.disabledAt) fail('userDisabled', row.email)
    else if (here.some((m) => !staffRoles.includes(m.role))) fail('leader', row.email)
    else {
      const classes = classesOf(unit.id, row.classes)
      if ('missing' in classes) {
        fail('unknownClass', classes.missing)
        continue
      }
      const current = here[0]?.role ?? null
      const newClasses = classes.ids.filter((id) => !here[0]?.groups.some((g) => g.groupId === id))
      const status = current === null ? 'new' : current === row.role && newClasses.length === 0 ? 'unchanged' : 'changed'
      planned.push({ line: row.line, name: row.name, email: row.email, orgNumber: unit.orgNumber, unitName: unit.name, role: row.role, status, previousRole: current, classes: row.classes, classIds: classes.ids })
    }
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) }
  const counts = { new: 0, changed: 0, unchanged: 0 }
  for (const r of planned) counts[r.status] += 1
  const digest = createHash('sha256').update(JSON.stringify(planned)).digest('hex')
  return { ok: true, preview: { rows: planned, counts, digest } }
}
