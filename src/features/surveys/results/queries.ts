import 'server-only'
import type { InformantGroup } from '@/generated/prisma/client'
import { can, requirePermission, type Actor } from '@/server/authz/actor'
import { surveyCodeUnitScope, surveyResultClassScope, surveyResultUnitScope, surveyWaveScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { isUuid } from '@/lib/uuid'
import { waveClassWhere } from '../issue-survey-codes'
import { CODE_GROUPS, ZInstrumentContent, type TInstrumentContent } from '../instruments/schemas'
import { changeBetween, type TChange } from './change'
import { classCell, ownerCell, PARTNERSHIP_CELL, unitCell, type TCellResult } from './compute'
import { responseRates, type TRateRow } from './response-rates'
import { closedWaveResults, previousWaveCells } from './stored-results'
import { ownersOf, waveClasses, waveUnits } from './wave-table'

export interface TWaveRow {
  id: string
  name: string
  series: string
  seriesIndex: number
  opensOn: Date
  closesOn: Date
  closed: boolean
  partnershipName: string
}

/** The waves of the actor's partnerships, newest first. One query. */
export async function listSurveyWaves(db: Db, actor: Actor): Promise<TWaveRow[]> {
  requirePermission(actor, 'read:survey-results')
  return withActorTenants(db, actor, async (tx) => {
    const waves = await tx.surveyWave.findMany({
      where: surveyWaveScope(actor),
      orderBy: [{ opensOn: 'desc' }, { name: 'asc' }],
      take: 200,
      select: { id: true, name: true, series: true, seriesIndex: true, opensOn: true, closesOn: true, closedAt: true, partnership: { select: { name: true } } },
    })
    return waves.map((w) => ({ ...w, closed: w.closedAt !== null, partnershipName: w.partnership.name }))
  })
}

export interface TResultRow {
  cell: string
  level: 'partnership' | 'owner' | 'unit' | 'class'
  name: string
  values: TCellResult[]
  /** Against the previous wave of the series, where both cells are shown (else null). */
  changes: (TChange | null)[]
  /** A unit's row: its id, and whether its classes are on the unit's own view (`?skole=`) rather than here. */
  unitId?: string
  classesElsewhere?: boolean
}

/**
 * Whether the page shows the class rows and response rates of a unit the actor sees whole: only
 * when it is the one unit they see (a principal), or the school asked for. Classes the actor sees
 * without their unit (a teacher's) are always shown. Note: an owner, the secretariat or the county
 * governor otherwise got one row per class of the whole wave, 957 classes and 4.5 MB of HTML for a
 * county-sized wave (the survey bench); the school's row links to its classes.
 */
function classesHere(visible: Set<string>, school: string | undefined): (unitId: string) => boolean {
  return (unitId) => visible.size === 1 || unitId === school
}

export interface TWaveResults {
  wave: TWaveRow
  groups: InformantGroup[]
  group: InformantGroup
  content: TInstrumentContent
  /** Codes issued and spent per visible unit and class, for this group (the response rate). */
  rates: TRateRow[]
  /** While the wave is open: the units, their classes of the wave's school year, and the groups the actor may print codes for. */
  issue: { units: { id: string; name: string }[]; classes: { id: string; unitId: string; name: string }[]; groups: InformantGroup[] } | null
  /** Only once the wave is closed: one row per visible cell, one value per indicator. */
  results: { thresholds: number[]; rows: TResultRow[]; previous: { seriesIndex: number; versionChanged: boolean } | null } | null
}

async function issuable(tx: Tx, actor: Actor, wave: { opensOn: Date; closesOn: Date }, units: { id: string; name: string }[], groups: InformantGroup[]) {
  if (!can(actor, 'issue:survey-codes')) return null
  const allowed = new Set((await tx.unit.findMany({ where: { AND: [{ id: { in: units.map((u) => u.id) } }, surveyCodeUnitScope(actor)] }, select: { id: true } })).map((u) => u.id))
  const list = units.filter((u) => allowed.has(u.id)).map(({ id, name }) => ({ id, name }))
  if (!list.length) return null
  const classes = await tx.unitGroup.findMany({
    where: { AND: [{ unitId: { in: list.map((u) => u.id) } }, waveClassWhere(wave)] },
    orderBy: [{ schoolYear: 'desc' }, { grade: 'asc' }, { name: 'asc' }],
    select: { id: true, unitId: true, name: true },
  })
  return { units: list, classes, groups: groups.filter((g) => CODE_GROUPS.includes(g)) }
}

/**
 * A wave for the actor: response rates for the units it sees, and after closing the results with
 * suppression. Null when the wave is not the actor's to read.
 * Note: the answers of every unit in the wave are read, since the partnership's and owners' values
 * and the suppression pattern are computed over the whole wave; only the cells the actor may see
 * leave this function, and never a raw answer.
 */
export async function getWaveResults(db: Db, actor: Actor, waveId: string, requested?: string, school?: string): Promise<TWaveResults | null> {
  requirePermission(actor, 'read:survey-results')
  if (!isUuid(waveId)) return null
  return withActorTenants(db, actor, async (tx) => {
    const wave = await tx.surveyWave.findFirst({
      where: { AND: [{ id: waveId }, surveyWaveScope(actor)] },
      include: { partnership: { select: { name: true } }, instruments: { select: { group: true, version: { select: { id: true, content: true } } } } },
    })
    if (!wave || wave.instruments.length === 0) return null
    const instruments = [...wave.instruments].sort((a, b) => a.group.localeCompare(b.group))
    const chosen = instruments.find((i) => i.group === requested) ?? instruments[0]!
    const content = ZInstrumentContent.parse(chosen.version.content)
    const units = await waveUnits(tx, waveId)
    const visible = new Set((await tx.unit.findMany({ where: { AND: [{ id: { in: units.map((u) => u.id) } }, surveyResultUnitScope(actor)] }, select: { id: true } })).map((u) => u.id))
    const waveRow: TWaveRow = { ...wave, closed: wave.closedAt !== null, partnershipName: wave.partnership.name }
    const classes = await waveClasses(tx, waveId, chosen.group)
    const seen = new Set((await tx.unitGroup.findMany({ where: { AND: [{ id: { in: classes.map((c) => c.id) } }, surveyResultClassScope(actor)] }, select: { id: true } })).map((c) => c.id))
    const here = classesHere(visible, school)
    const seenClasses = new Set(classes.filter((c) => seen.has(c.id) && (!visible.has(c.unitId) || here(c.unitId))).map((c) => c.id))
    const ratedClasses = classes.filter((c) => seenClasses.has(c.id) || (visible.has(c.unitId) && here(c.unitId)))
    const rates = await responseRates(tx, waveId, chosen.group, units, { units: visible, classes: seenClasses }, ratedClasses)
    const base = { wave: waveRow, groups: instruments.map((i) => i.group), group: chosen.group, content, rates }
    if (!wave.closedAt) return { ...base, issue: await issuable(tx, actor, wave, units, instruments.map((i) => i.group)), results: null }

    const owners = ownersOf(units)
    const computed = await closedWaveResults(tx, wave, chosen.group, { id: chosen.version.id, content })
    const previous = await previousWaveCells(tx, wave, chosen.group, chosen.version.id)
    const values = (cell: string) => computed.map((c) => c.cells.get(cell)!)
    const changes = (cell: string) => computed.map((c) => changeBetween(previous?.cells.get(c.key)?.get(cell), c.cells.get(cell)))
    const row = (cell: string, level: TResultRow['level'], name: string): TResultRow => ({ cell, level, name, values: values(cell), changes: changes(cell) })
    const rows: TResultRow[] = [row(PARTNERSHIP_CELL, 'partnership', wave.partnership.name)]
    for (const [ownerId, o] of owners) {
      // An owner's value is shown to those who see all of its units in the wave (the owner, the secretariat).
      if (o.unitIds.every((u) => visible.has(u))) rows.push(row(ownerCell(ownerId), 'owner', o.name))
      for (const u of units) {
        if (u.ownerId !== ownerId) continue
        if (visible.has(u.id)) rows.push({ ...row(unitCell(u.id), 'unit', u.name), unitId: u.id, classesElsewhere: classes.some((c) => c.unitId === u.id && seen.has(c.id) && !seenClasses.has(c.id)) })
        // A unit's classes under it, for those who see the unit or teach the class (the suppression was over the whole wave).
        for (const c of classes) if (c.unitId === u.id && seenClasses.has(c.id)) rows.push(row(classCell(c.id), 'class', visible.has(u.id) ? c.name : `${c.name}, ${u.name}`))
      }
    }
    return { ...base, issue: null, results: { thresholds: computed.map((c) => c.threshold), rows, previous: previous && { seriesIndex: previous.seriesIndex, versionChanged: previous.versionChanged } } }
  })
}
