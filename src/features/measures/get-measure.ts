import 'server-only'
import type { MeasureLevel, MeasureStatus, SectorGoal, Theme } from '@/generated/prisma/enums'
import { can, type Actor } from '@/server/authz/actor'
import { fundingReadScope, measureReadScope, visitReadScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { measureFormOptions, type TMeasureFormOptions, type TOption } from './measure-form-options'
import { visitRow, visitSelect, type TVisitRow } from './visit-row'

export interface TMeasureSpending {
  rows: { id: string; recipientName: string; spentOn: Date; amountOre: bigint; description: string }[]
  totalOre: bigint
}

export interface TMeasureDetail {
  id: string
  partnershipName: string
  title: string
  description: string | null
  themes: Theme[]
  sectorGoals: SectorGoal[]
  level: MeasureLevel
  status: MeasureStatus
  startsOn: Date | null
  endsOn: Date | null
  year: number | null
  budgetOre: bigint | null
  priority: number | null
  decision: { reference: string; text: string } | null
  university: TOption | null
  units: TOption[]
  facilitators: TOption[]
  /** Null when the actor may not read the partnership's money. */
  spending: TMeasureSpending | null
  visits: TVisitRow[]
  /** The form's choices when the actor keeps this measure, with the current values. */
  form: (TMeasureFormOptions & { values: { units: TOption[]; facilitatorIds: string[]; universityId: string | null; grantYearId: string | null; decisionId: string | null } }) | null
}

const measureSelect = {
  id: true,
  partnershipId: true,
  title: true,
  description: true,
  themes: true,
  sectorGoals: true,
  level: true,
  status: true,
  startsOn: true,
  endsOn: true,
  budgetOre: true,
  priority: true,
  grantYearId: true,
  decisionId: true,
  partnership: { select: { name: true } },
  grantYear: { select: { year: true } },
  decision: { select: { reference: true, text: true } },
  university: { select: { id: true, name: true } },
  units: { orderBy: { unit: { name: 'asc' } }, select: { unit: { select: { id: true, name: true } } } },
  facilitators: { orderBy: { user: { name: 'asc' } }, select: { user: { select: { id: true, name: true } } } },
} as const

/** The measure's spending when the actor reads the partnership's money (read:funding in fundingReadScope), else null. */
async function measureSpending(tx: Tx, actor: Actor, measure: { id: string; partnershipId: string }): Promise<TMeasureSpending | null> {
  const readsFunding = can(actor, 'read:funding') && (await tx.partnership.count({ where: { AND: [{ id: measure.partnershipId }, fundingReadScope(actor)] } })) > 0
  if (!readsFunding) return null
  const spendings = await tx.spending.findMany({
    where: { measureId: measure.id },
    orderBy: { spentOn: 'asc' },
    select: { id: true, spentOn: true, amountOre: true, description: true, recipient: { select: { name: true } } },
  })
  return {
    rows: spendings.map((s) => ({ id: s.id, recipientName: s.recipient.name, spentOn: s.spentOn, amountOre: s.amountOre, description: s.description })),
    totalOre: spendings.reduce((sum, s) => sum + s.amountOre, 0n),
  }
}

/** One measure the actor reads; its spending only with read:funding on the partnership, its visits only those the actor reads. */
export async function getMeasure(db: Db, actor: Actor, measureId: string): Promise<TMeasureDetail | null> {
  return readByIds(db, actor, 'read:partnership', [measureId], async (tx) => {
    const m = await tx.measure.findFirst({ where: { AND: [{ id: measureId }, measureReadScope(actor)] }, select: measureSelect })
    if (!m) return null
    const [spending, visits, forms] = await Promise.all([
      measureSpending(tx, actor, m),
      can(actor, 'read:visits')
        ? tx.uhVisit.findMany({ where: { AND: [{ measureId: m.id }, visitReadScope(actor)] }, orderBy: { visitedOn: 'desc' }, take: 100, select: visitSelect })
        : [],
      can(actor, 'manage:development') ? measureFormOptions(tx, actor, m.partnershipId) : [],
    ])
    const form = forms[0]
    const { partnershipId: _partnership, grantYearId, decisionId, partnership, grantYear, units: unitLinks, facilitators: facilitatorLinks, ...fields } = m
    const units = unitLinks.map((u) => u.unit)
    const facilitators = facilitatorLinks.map((f) => f.user)
    return {
      ...fields,
      partnershipName: partnership.name,
      year: grantYear?.year ?? null,
      units,
      facilitators,
      spending,
      visits: visits.map(visitRow),
      form: form ? { ...form, values: { units: units.map((u) => ({ id: u.id, name: u.name })), facilitatorIds: facilitators.map((f) => f.id), universityId: m.university?.id ?? null, grantYearId, decisionId } } : null,
    }
  })
}
