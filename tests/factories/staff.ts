import type { Tx } from '@/server/db/tenant'
import { unique } from './index'

/** A class (at a school: 5th trinn) or a kindergarten group in the unit, this school year; names are unique per run. */
export function createUnitGroup(db: Tx, unit: { id: string; kind: string }, data: { name?: string; grade?: number; schoolYear?: number } = {}) {
  const school = unit.kind === 'SCHOOL'
  return db.unitGroup.create({
    data: {
      unitId: unit.id,
      kind: school ? 'SCHOOL_CLASS' : 'KINDERGARTEN_GROUP',
      grade: school ? (data.grade ?? 5) : null,
      name: data.name ?? unique('Gruppe').slice(0, 40),
      schoolYear: data.schoolYear ?? 2026,
    },
  })
}
