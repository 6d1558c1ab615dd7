import { createTranslator } from 'next-intl'
import { z } from 'zod'
import type { Db } from '@/server/db/client'
import type { SchoolLevel, UnitKind } from '@/generated/prisma/client'
import { isValidOrgNumber } from '@/lib/org-number'
import { headerKey, parseRecords, readCsv, type TTableResult, type TTableRow } from '@/lib/tabular-file'
import type { Locale } from '@/i18n/locales'
import nb from '../../../messages/nb.json'
import nn from '../../../messages/nn.json'
import en from '../../../messages/en.json'

/**
 * Imports schools and kindergartens from a CSV file in the national school register's shape
 * (NSR/NBR). All rows are checked first; a single bad row means nothing is written.
 *
 * Columns (header names as in NSR exports, case-insensitive; `;` or `,` separated):
 *   Organisasjonsnummer, Navn, Kommunenummer, Elevtall, Skoletype, Eierform
 * and optionally Målform (bokmål/nynorsk), Ansatte (FTE), EierOrganisasjonsnummer, EierNavn, and
 * ErAktiv (ja/nei: a unit the register has closed is deactivated, never deleted).
 */

export const schoolTypes: Record<string, { kind: UnitKind; levels: SchoolLevel[] }> = {
  barneskole: { kind: 'SCHOOL', levels: ['PRIMARY'] },
  ungdomsskole: { kind: 'SCHOOL', levels: ['LOWER_SECONDARY'] },
  grunnskole: { kind: 'SCHOOL', levels: ['PRIMARY', 'LOWER_SECONDARY'] },
  'kombinert skole': { kind: 'SCHOOL', levels: ['PRIMARY', 'LOWER_SECONDARY'] },
  'videregående skole': { kind: 'SCHOOL', levels: ['UPPER_SECONDARY'] },
  barnehage: { kind: 'KINDERGARTEN', levels: ['KINDERGARTEN'] },
}

const headerAliases: Record<string, keyof TRawRow> = {
  organisasjonsnummer: 'orgNumber',
  orgnr: 'orgNumber',
  navn: 'name',
  kommunenummer: 'municipalityNumber',
  kommunenr: 'municipalityNumber',
  elevtall: 'pupilCount',
  antallelever: 'pupilCount',
  skoletype: 'schoolType',
  eierform: 'ownership',
  målform: 'writtenLanguage',
  ansatte: 'staffFte',
  eierorganisasjonsnummer: 'ownerOrgNumber',
  eiernavn: 'ownerName',
  eraktiv: 'active',
  aktiv: 'active',
}

interface TRawRow {
  orgNumber?: string
  name?: string
  municipalityNumber?: string
  pupilCount?: string
  schoolType?: string
  ownership?: string
  writtenLanguage?: string
  staffFte?: string
  ownerOrgNumber?: string
  ownerName?: string
  active?: string
}

type ErrorCode =
  | 'orgNumber'
  | 'name'
  | 'municipalityNumber'
  | 'unknownMunicipality'
  | 'pupilCount'
  | 'schoolType'
  | 'ownership'
  | 'writtenLanguage'
  | 'staffFte'
  | 'ownerOrgNumber'
  | 'active'
  | 'duplicate'
  | 'missingColumns'
  | 'empty'
  | 'malformed'

export interface TImportError {
  /** Line in the file, counting the header as line 1. */
  line: number
  code: ErrorCode
  message: string
}

export type TImportResult =
  | { ok: true; created: number; updated: number }
  | { ok: false; errors: TImportError[] }

const ZRow = z.object({
  orgNumber: z.string().trim().refine(isValidOrgNumber, 'orgNumber'),
  name: z.string().trim().min(2, 'name').max(200, 'name'),
  municipalityNumber: z.string().trim().regex(/^\d{4}$/, 'municipalityNumber'),
  pupilCount: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, 'pupilCount')
    .transform(Number),
  schoolType: z
    .string()
    .trim()
    .transform((s) => s.toLowerCase())
    .refine((s) => s in schoolTypes, 'schoolType'),
  ownership: z
    .string()
    .trim()
    .transform((s) => s.toLowerCase())
    .refine((s) => s === 'offentlig' || s === 'privat', 'ownership'),
  writtenLanguage: z
    .string()
    .trim()
    .transform((s) => s.toLowerCase())
    .refine((s) => ['', 'bokmål', 'nynorsk', 'nb', 'nn'].includes(s), 'writtenLanguage')
    .optional(),
  staffFte: z
    .string()
    .trim()
    .regex(/^(\d{1,4}([.,]\d{1,2})?)?$/, 'staffFte')
    .optional(),
  ownerOrgNumber: z
    .string()
    .trim()
    .refine((s) => s === '' || isValidOrgNumber(s), 'ownerOrgNumber')
    .optional(),
  ownerName: z.string().trim().max(200).optional(),
  active: z
    .string()
    .trim()
    .transform((s) => s.toLowerCase())
    .refine((s) => ['', 'ja', 'nei', 'true', 'false', '1', '0', 'yes', 'no'].includes(s), 'active')
    .transform((s) => !['nei', 'false', '0', 'no'].includes(s))
    .optional(),
})
export type TRow = z.infer<typeof ZRow>

const messages = { nb, nn, en } as const

type TLineError = { line: number; code: ErrorCode; values?: Record<string, string> }
export type TMunicipality = { id: string; number: string; countyId: string; organisations: { id: string }[] }

export async function importUnits(db: Db, csv: string, locale: Locale = 'nb'): Promise<TImportResult> {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Import' })
  const checked = await checkUnitFile(db, readCsv(csv, { strict: true }))
  if (!checked.ok) {
    return { ok: false, errors: checked.errors.map((e) => ({ line: e.line, code: e.code, message: t(e.code, { line: e.line, ...e.values }) })) }
  }
  // Note: one transaction, so a failure half-way (e.g. a crash or a constraint) writes nothing.
  const result = await db.$transaction(
    async (tx) => {
      const counts = await writeUnits(tx, checked.rows, checked.byNumber)
      await tx.auditLog.create({ data: { action: 'import', entity: 'Unit', entityId: 'csv', data: counts } })
      return counts
    },
    { timeout: 120_000 },
  )
  return { ok: true, ...result }
}

/**
 * Every row of a register file checked (columns, fields, duplicates, known municipalities), or
 * every problem with its line; reads municipalities only. The CLI and the import page share it.
 */
export async function checkUnitFile(
  db: Pick<Db, 'municipality'> | Tx,
  table: TTableResult,
): Promise<{ ok: true; rows: { line: number; row: TRow }[]; byNumber: Map<string, TMunicipality> } | { ok: false; errors: TLineError[] }> {
  if (!table.ok) return { ok: false, errors: [{ line: table.line, code: table.code === 'fileType' ? 'malformed' : table.code }] }
  const columns = table.header.map((h) => headerAliases[headerKey(h)])
  const missing = missingColumns(columns)
  if (missing) return { ok: false, errors: [missing] }
  const { rows, errors } = validateRows(table.rows, columns)
  const municipalities = await db.municipality.findMany({
    where: { number: { in: [...new Set(rows.map((r) => r.row.municipalityNumber))] } },
    select: { id: true, number: true, countyId: true, organisations: { select: { id: true } } },
  })
  const byNumber = new Map(municipalities.map((m) => [m.number, m]))
  for (const { line, row } of rows) {
    if (!byNumber.has(row.municipalityNumber)) errors.push({ line, code: 'unknownMunicipality', values: { value: row.municipalityNumber } })
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) }
  return { ok: true, rows, byNumber }
}

/** The required columns the header lacks, named by their first alias, or null. */
function missingColumns(columns: (keyof TRawRow | undefined)[]): TLineError | null {
  const required: (keyof TRawRow)[] = ['orgNumber', 'name', 'municipalityNumber', 'pupilCount', 'schoolType', 'ownership']
  const missing = required.filter((r) => !columns.includes(r))
  if (missing.length === 0) return null
  const names = Object.entries(headerAliases)
    .filter(([, key]) => missing.includes(key))
    .map(([alias]) => alias)
    .filter((alias, i, all) => all.findIndex((a) => headerAliases[a] === headerAliases[alias]) === i)
  return { line: 1, code: 'missingColumns', values: { columns: names.join(', ') } }
}

/** Each record checked against ZRow, with duplicates of an organisation number refused. */
function validateRows(body: TTableRow[], columns: (keyof TRawRow | undefined)[]) {
  return parseRecords(body, columns, ZRow, { code: (issue) => (issue.path[0] as ErrorCode | undefined) ?? 'malformed', key: (row) => row.orgNumber })
}

/** A row's unit as it will be stored, except its owner (found or created when written). */
export function unitFields(row: TRow, municipalityId: string) {
  const type = schoolTypes[row.schoolType]!
  return {
    name: row.name,
    kind: type.kind,
    levels: type.levels,
    isPublic: row.ownership === 'offentlig',
    municipalityId,
    pupilCount: row.pupilCount,
    staffFteCenti: row.staffFte ? Math.round(Number(row.staffFte.replace(',', '.')) * 100) : 0,
    writtenLanguage: row.writtenLanguage?.startsWith('n') && row.writtenLanguage !== 'nb' ? ('NN' as const) : ('NB' as const),
    active: row.active ?? true,
  }
}

/** Creates or updates each unit by organisation number; the caller writes the audit row in the same transaction. */
export async function writeUnits(tx: Tx, rows: { row: TRow }[], byNumber: Map<string, TMunicipality>) {
  let created = 0
  let updated = 0
  const countyOwners = new Map<string, string>()
  for (const { row } of rows) {
    const municipality = byNumber.get(row.municipalityNumber)!
    const type = schoolTypes[row.schoolType]!
    const ownerId = await resolveOwner(tx, row, municipality, type.levels, countyOwners)
    const data = { ...unitFields(row, municipality.id), ownerId }
    const existing = await tx.unit.findUnique({ where: { orgNumber: row.orgNumber }, select: { id: true } })
    if (existing) {
      await tx.unit.update({ where: { id: existing.id }, data })
      updated += 1
    } else {
      await tx.unit.create({ data: { ...data, orgNumber: row.orgNumber } })
      created += 1
    }
  }
  return { created, updated }
}

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

/** Public schools belong to the municipality (or county municipality for upper secondary). */
async function resolveOwner(
  tx: Tx,
  row: TRow,
  municipality: { id: string; countyId: string; organisations: { id: string }[] },
  levels: SchoolLevel[],
  countyOwners: Map<string, string>,
): Promise<string> {
  if (row.ownership === 'privat') {
    const orgNumber = row.ownerOrgNumber || null
    if (orgNumber) {
      const existing = await tx.organisation.findUnique({ where: { orgNumber }, select: { id: true } })
      if (existing) return existing.id
    }
    const owner = await tx.organisation.create({
      data: { kind: 'PRIVATE_OWNER', name: row.ownerName || row.name, orgNumber, countyId: municipality.countyId },
    })
    return owner.id
  }
  if (levels.includes('UPPER_SECONDARY')) {
    const cached = countyOwners.get(municipality.countyId)
    if (cached) return cached
    const county = await tx.organisation.findFirst({
      where: { kind: 'COUNTY_MUNICIPALITY', countyId: municipality.countyId },
      select: { id: true },
    })
    const id =
      county?.id ??
      (
        await tx.organisation.create({
          data: {
            kind: 'COUNTY_MUNICIPALITY',
            name: (await tx.county.findUniqueOrThrow({ where: { id: municipality.countyId } })).name + ' fylkeskommune',
            countyId: municipality.countyId,
          },
        })
      ).id
    countyOwners.set(municipality.countyId, id)
    return id
  }
  const owner = municipality.organisations[0]
  if (owner) return owner.id
  const created = await tx.organisation.create({
    data: {
      kind: 'MUNICIPALITY',
      name: `${(await tx.municipality.findUniqueOrThrow({ where: { id: municipality.id } })).name} kommune`,
      municipalityId: municipality.id,
      countyId: municipality.countyId,
    },
  })
  municipality.organisations.push({ id: created.id })
  return created.id
}
