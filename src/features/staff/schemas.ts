import { z } from 'zod'
import { ZRole } from '@/features/memberships/schemas'
import { blankToUndefined } from '@/lib/form-schema'
import type { TMembershipError } from '@/features/memberships/schemas'

export const ZInviteStaff = z.object({
  unitId: z.uuid(),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(2).max(200),
  role: ZRole,
})

export const ZChangeStaffRole = z.object({ membershipId: z.uuid(), role: ZRole })
export const ZEndStaff = z.object({ membershipId: z.uuid() })

/** A class (trinn 1–13 and a name such as 5A) or a kindergarten group (a name); the school year by its first calendar year. */
export const ZCreateUnitGroup = z.object({
  unitId: z.uuid(),
  grade: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(13).optional()),
  name: z.string().trim().min(1).max(40),
  schoolYear: z.coerce.number().int().min(2000).max(2100),
})
export const ZRemoveUnitGroup = z.object({ groupId: z.uuid() })
export const ZGroupTeacher = z.object({ groupId: z.uuid(), membershipId: z.uuid() })

export type TStaffError = TMembershipError | 'gradeRequired' | 'groupExists' | 'notStaff' | 'alreadyAssigned' | 'groupHasSurveys'
export type TStaffDone = 'invited' | 'changed' | 'ended' | 'groupCreated' | 'groupRemoved' | 'teacherAssigned' | 'teacherRemoved'

export type TStaffResult =
  | { ok: true; done: TStaffDone; id?: string }
  | { ok: false; error: TStaffError; fields?: string[]; values?: Record<string, string>; input?: Record<string, string> }

/** The fields zod refused. */
export function invalidStaff(error: z.ZodError): Extract<TStaffResult, { ok: false }> {
  return { ok: false, error: 'invalid', fields: [...new Set(error.issues.map((i) => String(i.path[0])))] }
}

/** The pages a change at a unit refreshes: its staff page, the list above it, and the dashboard (my classes). */
export const staffPages = (unitId: string) => [`/personale/${unitId}`, '/personale', '/oversikt']

/** The school year a date falls in, by its first calendar year: from August on, the new year. */
export const schoolYearOf = (d: Date) => (d.getUTCMonth() >= 7 ? d.getUTCFullYear() : d.getUTCFullYear() - 1)

/** What a success refreshes: every staff use case answers with the unit's id. */
export const staffRevalidate = (r: { id?: string }) => (r.id ? staffPages(r.id) : ['/personale'])
