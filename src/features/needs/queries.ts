import 'server-only'
import type { OrderStatus, ReportStatus, Theme } from '@/generated/prisma/enums'
import { can, requirePermission, type Actor } from '@/server/authz/actor'
import { assessmentReadScope, needsReadScope, orderReadScope, ownerReportScope, universityServeScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { isUuid } from '@/lib/uuid'
import { suggestionText } from './schemas'
import { deliveredHours } from './delivered-hours'
import { themeSummary, type TThemeRow } from './theme-summary'

type TOption = { id: string; name: string }

/** One place the actor writes for: its organisation as an owner in one partnership, with what the forms offer there. */
export interface TOwnerContext {
  partnershipId: string
  partnershipName: string
  ownerId: string
  ownerName: string
  coOwners: TOption[]
  universities: TOption[]
  units: TOption[]
}

/** The partnerships where the actor writes needs reports and orders, for its own organisation(s). */
async function ownerContexts(tx: Tx, actor: Actor): Promise<TOwnerContext[]> {
  if (!can(actor, 'report:needs')) return []
  const rows = await tx.partnershipOwner.findMany({
    where: { leftOn: null, owner: ownerReportScope(actor) },
    orderBy: [{ partnership: { name: 'asc' } }, { owner: { name: 'asc' } }],
    take: 50,
    select: {
      partnership: {
        select: {
          id: true,
          name: true,
          owners: { where: { leftOn: null }, select: { owner: { select: { id: true, name: true } } } },
          universities: { select: { university: { select: { id: true, name: true } } } },
        },
      },
      owner: { select: { id: true, name: true, ownedUnits: { where: { active: true }, orderBy: { name: 'asc' }, take: 300, select: { id: true, name: true } } } },
    },
  })
  const byName = (a: TOption, b: TOption) => a.name.localeCompare(b.name, 'nb')
  return rows.map((r) => ({
    partnershipId: r.partnership.id,
    partnershipName: r.partnership.name,
    ownerId: r.owner.id,
    ownerName: r.owner.name,
    coOwners: r.partnership.owners.map((o) => o.owner).filter((o) => o.id !== r.owner.id).sort(byName),
    universities: r.partnership.universities.map((u) => u.university).sort(byName),
    units: r.owner.ownedUnits,
  }))
}

export interface TReportRow {
  id: string
  title: string
  year: number
  partnershipName: string
  status: ReportStatus
  submittedAt: Date | null
  owners: string[]
  priorities: number
}

export interface TNeedsSummary {
  partnershipName: string
  year: number
  reports: number
  themes: TThemeRow[]
}

export interface TNeedsOverview {
  reports: TReportRow[]
  /** Per partnership and year, over the submitted reports the actor reads: what the forum prioritises from. */
  summaries: TNeedsSummary[]
  contexts: TOwnerContext[]
}

/** The needs reports the actor reads, the theme summary of the submitted ones, and where it may write new ones. Four queries. */
export async function getNeedsOverview(db: Db, actor: Actor): Promise<TNeedsOverview> {
  requirePermission(actor, 'read:needs')
  return withActorTenants(db, actor, async (tx) => {
    const reports = await tx.needsReport.findMany({
      where: needsReadScope(actor),
      orderBy: [{ year: 'desc' }, { partnership: { name: 'asc' } }, { title: 'asc' }],
      take: 300,
      select: {
        id: true,
        title: true,
        year: true,
        status: true,
        submittedAt: true,
        partnershipId: true,
        partnership: { select: { name: true } },
        owners: { select: { owner: { select: { name: true } } } },
        _count: { select: { priorities: true } },
      },
    })
    const submitted = reports.filter((r) => r.status === 'SUBMITTED')
    const priorities = await tx.needsPriority.findMany({
      where: { reportId: { in: submitted.map((r) => r.id) } },
      select: { reportId: true, theme: true, units: { select: { unitId: true } } },
    })
    const groups = new Map<string, TNeedsSummary & { reportIds: Set<string> }>()
    for (const r of submitted) {
      const key = `${r.partnershipId}:${r.year}`
      const group = groups.get(key) ?? { partnershipName: r.partnership.name, year: r.year, reports: 0, themes: [], reportIds: new Set<string>() }
      group.reports += 1
      group.reportIds.add(r.id)
      groups.set(key, group)
    }
    const summaries = [...groups.values()].map(({ reportIds, ...g }) => ({
      ...g,
      themes: themeSummary(priorities.filter((p) => reportIds.has(p.reportId)).map((p) => ({ theme: p.theme, unitIds: p.units.map((u) => u.unitId) }))),
    }))
    return {
      reports: reports.map((r) => ({
        id: r.id,
        title: r.title,
        year: r.year,
        partnershipName: r.partnership.name,
        status: r.status,
        submittedAt: r.submittedAt,
        owners: r.owners.map((o) => o.owner.name).sort(),
        priorities: r._count.priorities,
      })),
      summaries,
      contexts: await ownerContexts(tx, actor),
    }
  })
}

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

/** One needs report, or null when the actor may not read it. */
export async function getNeedsReport(db: Db, actor: Actor, reportId: string): Promise<TNeedsReportDetail | null> {
  requirePermission(actor, 'read:needs')
  if (!isUuid(reportId)) return null
  return withActorTenants(db, actor, async (tx) => {
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
    const canEdit =
      report.status === 'DRAFT' && can(actor, 'report:needs') && (await tx.organisation.count({ where: { AND: [{ id: { in: ownerIds } }, ownerReportScope(actor)] } })) > 0
    const [units, assessments] = canEdit
      ? await Promise.all([
          tx.unit.findMany({ where: { ownerId: { in: ownerIds }, active: true }, orderBy: { name: 'asc' }, take: 500, select: { id: true, name: true } }),
          // Note: assessmentReadScope lets an owner read only the analyses its principals share.
          tx.selfAssessment.findMany({
            where: { AND: [{ unit: { ownerId: { in: ownerIds } }, year: { in: [report.year - 1, report.year] } }, assessmentReadScope(actor)] },
            orderBy: [{ unit: { name: 'asc' } }, { year: 'desc' }],
            take: 200,
            select: { unitId: true, year: true, unit: { select: { name: true } }, priorities: { orderBy: { position: 'asc' }, select: { theme: true, title: true, goal: true } } },
          }),
        ])
      : [[], []]
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
      suggestions: assessments.flatMap((a) =>
        a.priorities.map((p) => ({
          unitId: a.unitId,
          unitName: a.unit.name,
          year: a.year,
          ...p,
          added: report.priorities.some((x) => x.theme === p.theme && x.description === suggestionText(p) && x.units.some((u) => u.unitId === a.unitId)),
        })),
      ),
    }
  })
}

export interface TOrderRow {
  id: string
  title: string
  partnershipName: string
  universityName: string
  owners: string[]
  status: OrderStatus
  startsOn: Date
  endsOn: Date
  hoursRequested: number
  offerHours: number | null
  deliveredHours: number
}

const orderRowSelect = {
  id: true,
  title: true,
  status: true,
  startsOn: true,
  endsOn: true,
  hoursRequested: true,
  offerHours: true,
  partnership: { select: { name: true } },
  university: { select: { name: true } },
  owners: { select: { owner: { select: { name: true } } } },
} as const

export interface TOrdersOverview {
  orders: TOrderRow[]
  contexts: TOwnerContext[]
}

/** The orders the actor reads, with delivered hours, and where it may write new ones. */
export async function getOrders(db: Db, actor: Actor): Promise<TOrdersOverview> {
  requirePermission(actor, 'read:orders')
  return withActorTenants(db, actor, async (tx) => {
    const orders = await tx.uhOrder.findMany({ where: orderReadScope(actor), orderBy: [{ startsOn: 'desc' }, { title: 'asc' }], take: 300, select: orderRowSelect })
    const delivered = await deliveredHours(tx, orders.map((o) => o.id))
    return {
      orders: orders.map((o) => ({
        id: o.id,
        title: o.title,
        partnershipName: o.partnership.name,
        universityName: o.university.name,
        owners: o.owners.map((x) => x.owner.name).sort(),
        status: o.status,
        startsOn: o.startsOn,
        endsOn: o.endsOn,
        hoursRequested: o.hoursRequested,
        offerHours: o.offerHours,
        deliveredHours: delivered.get(o.id) ?? 0,
      })),
      contexts: await ownerContexts(tx, actor),
    }
  })
}

export interface TOrderDetail extends TOrderRow {
  description: string
  themes: Theme[]
  units: string[]
  sentAt: Date | null
  offerText: string | null
  offerFacilitators: string | null
  offeredAt: Date | null
  agreedAt: Date | null
  declinedAt: Date | null
  declineReason: string | null
  visits: number
  /** The actor writes for one of the order's owners (sends it, answers the offer). */
  canOwn: boolean
  /** The actor answers for the order's university. */
  canAnswer: boolean
}

/** One order, or null when the actor may not read it (a UH partner never reaches a draft). */
export async function getOrder(db: Db, actor: Actor, orderId: string): Promise<TOrderDetail | null> {
  requirePermission(actor, 'read:orders')
  if (!isUuid(orderId)) return null
  return withActorTenants(db, actor, async (tx) => {
    const order = await tx.uhOrder.findFirst({
      where: { AND: [{ id: orderId }, orderReadScope(actor)] },
      select: {
        ...orderRowSelect,
        description: true,
        themes: true,
        sentAt: true,
        offerText: true,
        offerFacilitators: true,
        offeredAt: true,
        agreedAt: true,
        declinedAt: true,
        declineReason: true,
        universityId: true,
        owners: { select: { ownerId: true, owner: { select: { name: true } } } },
        units: { select: { unit: { select: { name: true } } } },
        _count: { select: { visits: true } },
      },
    })
    if (!order) return null
    const [owned, serving, delivered] = await Promise.all([
      can(actor, 'report:needs') ? tx.organisation.count({ where: { AND: [{ id: { in: order.owners.map((o) => o.ownerId) } }, ownerReportScope(actor)] } }) : 0,
      can(actor, 'serve:units') ? tx.organisation.count({ where: { AND: [{ id: order.universityId }, universityServeScope(actor)] } }) : 0,
      deliveredHours(tx, [order.id]),
    ])
    return {
      id: order.id,
      title: order.title,
      partnershipName: order.partnership.name,
      universityName: order.university.name,
      owners: order.owners.map((x) => x.owner.name).sort(),
      status: order.status,
      startsOn: order.startsOn,
      endsOn: order.endsOn,
      hoursRequested: order.hoursRequested,
      offerHours: order.offerHours,
      deliveredHours: delivered.get(order.id) ?? 0,
      description: order.description,
      themes: order.themes,
      units: order.units.map((u) => u.unit.name).sort(),
      sentAt: order.sentAt,
      offerText: order.offerText,
      offerFacilitators: order.offerFacilitators,
      offeredAt: order.offeredAt,
      agreedAt: order.agreedAt,
      declinedAt: order.declinedAt,
      declineReason: order.declineReason,
      visits: order._count.visits,
      canOwn: owned > 0,
      canAnswer: serving > 0 && order.status !== 'DRAFT',
    }
  })
}
