import type { VisitKind } from '@/generated/prisma/enums'
import type { TOption } from './measure-form-options'

/** A UH visit as the visit tables show it. */
export interface TVisitRow {
  id: string
  kind: VisitKind
  visitedOn: Date
  durationMinutes: number
  notes: string
  unitName: string
  universityName: string
  facilitatorName: string | null
  measure: TOption | null
  orderTitle: string | null
}

/** What a visit read selects for visitRow. */
export const visitSelect = {
  id: true,
  kind: true,
  visitedOn: true,
  durationMinutes: true,
  notes: true,
  unit: { select: { name: true } },
  university: { select: { name: true } },
  createdBy: { select: { name: true } },
  measure: { select: { id: true, title: true } },
  order: { select: { title: true } },
} as const

export function visitRow(v: {
  id: string
  kind: VisitKind
  visitedOn: Date
  durationMinutes: number
  notes: string
  unit: { name: string }
  university: { name: string }
  createdBy: { name: string } | null
  measure: { id: string; title: string } | null
  order: { title: string } | null
}): TVisitRow {
  return {
    id: v.id,
    kind: v.kind,
    visitedOn: v.visitedOn,
    durationMinutes: v.durationMinutes,
    notes: v.notes,
    unitName: v.unit.name,
    universityName: v.university.name,
    facilitatorName: v.createdBy?.name ?? null,
    measure: v.measure ? { id: v.measure.id, name: v.measure.title } : null,
    orderTitle: v.order?.title ?? null,
  }
}
