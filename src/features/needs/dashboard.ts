import 'server-only'
import type { OrderStatus, ReportStatus } from '@/generated/prisma/enums'
import { can, type Actor } from '@/server/authz/actor'
import { needsReadScope, orderReadScope, ownerReportScope, universityServeScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Prisma } from '@/generated/prisma/client'
import { hoursOf, visitMinutesSelect } from './delivered-hours'
import { themeSummary, type TThemeRow } from './theme-summary'
import { DASHBOARD_ROWS } from '@/features/dashboard/list-length'

export interface TNeedsDashboard {
  year: number
  readsNeeds: boolean
  readsOrders: boolean
  /** This year's reports the actor reads: an owner's own (drafts too), the forum's and county governor's submitted ones. */
  reports: { id: string; title: string; partnershipName: string; status: ReportStatus }[]
  /** Per theme over this year's submitted reports the actor reads. */
  themes: TThemeRow[]
  /** Orders where it is the actor's turn: offers for an owner to answer, sent orders for the UH partner to offer on. */
  waiting: { id: string; title: string; status: OrderStatus; universityName: string }[]
  /** Agreed orders with delivered against agreed hours. */
  agreed: { id: string; title: string; universityName: string; agreedHours: number; deliveredHours: number }[]
}

/** The needs and orders piece of the dashboard, or null when the actor reads neither. Three queries at most. */
export async function getNeedsDashboard(db: Db, actor: Actor): Promise<TNeedsDashboard | null> {
  const readsNeeds = can(actor, 'read:needs')
  const readsOrders = can(actor, 'read:orders')
  if (!readsNeeds && !readsOrders) return null
  const year = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Oslo' }).format(new Date()))
  return withActorTenants(db, actor, async (tx) => {
    const reports = readsNeeds
      ? await tx.needsReport.findMany({
          where: { AND: [{ year }, needsReadScope(actor)] },
          orderBy: [{ status: 'asc' }, { title: 'asc' }],
          take: DASHBOARD_ROWS,
          select: { id: true, title: true, status: true, partnership: { select: { name: true } }, priorities: { select: { theme: true, units: { select: { unitId: true } } } } },
        })
      : []
    const turn: Prisma.UhOrderWhereInput[] = [
      ...(can(actor, 'report:needs') ? [{ status: 'OFFERED' as const, owners: { some: { owner: ownerReportScope(actor) } } }] : []),
      ...(can(actor, 'serve:units') ? [{ status: { in: ['SENT' as const, 'DECLINED' as const] }, university: universityServeScope(actor) }] : []),
    ]
    const [waiting, agreed] = readsOrders
      ? await Promise.all([
          turn.length ? tx.uhOrder.findMany({ where: { AND: [orderReadScope(actor), { OR: turn }] }, orderBy: { sentAt: 'asc' }, take: DASHBOARD_ROWS, select: { id: true, title: true, status: true, university: { select: { name: true } } } }) : [],
          tx.uhOrder.findMany({ where: { AND: [orderReadScope(actor), { status: 'AGREED', endsOn: { gte: new Date(`${year}-01-01`) } }] }, orderBy: { endsOn: 'asc' }, take: DASHBOARD_ROWS, select: { id: true, title: true, offerHours: true, university: { select: { name: true } }, ...visitMinutesSelect } }),
        ])
      : [[], []]
    return {
      year,
      readsNeeds,
      readsOrders,
      reports: reports.map((r) => ({ id: r.id, title: r.title, partnershipName: r.partnership.name, status: r.status })),
      themes: themeSummary(reports.filter((r) => r.status === 'SUBMITTED').flatMap((r) => r.priorities.map((p) => ({ theme: p.theme, unitIds: p.units.map((u) => u.unitId) })))),
      waiting: waiting.map((o) => ({ id: o.id, title: o.title, status: o.status, universityName: o.university.name })),
      agreed: agreed.map((o) => ({ id: o.id, title: o.title, universityName: o.university.name, agreedHours: o.offerHours ?? 0, deliveredHours: hoursOf(o.visits) })),
    }
  })
}
