import 'server-only'
import type { ReportStatus, Theme } from '@/generated/prisma/enums'
import { type Actor } from '@/server/authz/actor'
import { assessmentReadScope, needsReadScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import type { TOption } from './owner-contexts'
import { writesForAny } from './owners'
import { suggestionText } from './schemas'

export interface TAssessmentSuggestion {
  unitId: string
  unitName: string
  year: number
  theme: Theme
  title: string
  goal: string
  /** Already a priority of the report (same theme, text and unit). */
  added: boolean
}

export interface TNeedsReportDetail {
  id: string
  title: string
  year: number
  summary: string
  status: ReportStatus
  submittedAt: Date | null
  partnershipName: string
  owners: string[]
  priorities: { id: string; position: number; theme: Theme; description: string; units: string[] }[]
  /** The actor writes for one of the report's owners and it is still a draft. */
  canEdit: boolean
  /** For the priority form: the units of the report's owners (only when canEdit). */
  units: TOption[]
  /** The priorities of the owners' units' shared self-assessments, as help while writing (only when canEdit). */
  suggestions: TAssessmentSuggestion[]
}

/**
 * What the owner gets while writing: the units of the report's owners for the priority form, and
 * the priorities of their shared self-assessments of the report's year and the year before, each
 * marked when the report already has it (same theme, text and unit).
 */
async function writingHelp(
  tx: Tx,
  actor: Actor,
  report: { year: number; ownerIds: string[]; priorities: { theme: Theme; description: string; units: { unitId: string }[] }[] },
): Promise<{ units: TOption[]; suggestions: TAssessmentSuggestion[] }> {
  const [units, assessments] = await Promise.all([
    tx.unit.findMany({ where: { ownerId: { in: report.ownerIds }, active: true }, orderBy: { name: 'asc' }, take: 500, select: { id: true, name: true } }),
    // Note: assessmentReadScope lets an owner read only the analyses its principals share.
    tx.selfAssessment.findMany({
      where: { AND: [{ unit: { ownerId: { in: report.ownerIds } }, year: { in: [report.year - 1, report.year] } }, assessmentReadScope(actor)] },
      orderBy: [{ unit: { name: 'asc' } }, { year: 'desc' }],
      take: 200,
      select: { unitId: true, year: true, unit: { select: { name: true } }, priorities: { orderBy: { position: 'asc' }, select: { theme: true, title: true, goal: true } } },
    }),
  ])
  const suggestions = assessments.flatMap((a) =>
    a.priorities.map((p) => ({
      unitId: a.unitId,
      unitName: a.unit.name,
      year: a.year,
      ...p,
      added: report.priorities.some((x) => x.theme === p.theme && x.description === suggestionText(p) && x.units.some((u) => u.unitId === a.unitId)),
    })),
  )
  return { units, suggestions }
}

/** One needs report, or null when the actor may not read it. */
export async function getNeedsReport(db: Db, actor: Actor, reportId: string): Promise<TNeedsReportDetail | null> {
  return readByIds(db, actor, 'read:needs', [reportId], async (tx) => {
    const report = await tx.needsReport.findFirst({
      where: { AND: [{ id: reportId }, needsReadScope(actor)] },
      select: {
        id: true,
        title: true,
        year: true,
        summary: true,
        status: true,
        submittedAt: true,
        partnership: { select: { name: true } },
        owners: { select: { ownerId: true, owner: { select: { name: true } } } },
        priorities: {
          orderBy: { position: 'asc' },
          select: { id: true, position: true, theme: true, description: true, units: { select: { unitId: true, unit: { select: { name: true } } } } },
        },
      },
    })
    if (!report) return null
    const ownerIds = report.owners.map((o) => o.ownerId)
    const canEdit = report.status === 'DRAFT' && (await writesForAny(tx, actor, ownerIds))
    const { units, suggestions } = canEdit ? await writingHelp(tx, actor, { year: report.year, ownerIds, priorities: report.priorities }) : { units: [], suggestions: [] }
    return {
      id: report.id,
      title: report.title,
      year: report.year,
      summary: report.summary,
      status: report.status,
      submittedAt: report.submittedAt,
      partnershipName: report.partnership.name,
      owners: report.owners.map((o) => o.owner.name).sort(),
      priorities: report.priorities.map((p) => ({ id: p.id, position: p.position, theme: p.theme, description: p.description, units: p.units.map((u) => u.unit.name).sort() })),
      canEdit,
      units,
      suggestions,
    }
  })
}
