import type { TCommonError, TFormRefusal } from '@/lib/form-input'
import { z } from 'zod'
// Note: client forms import this file, so nothing here may reach server modules (the tenant context).
import { invalidInput } from '@/lib/invalid-fields'
import { isoDay, list, optional, osloLocalDateTime } from '@/lib/form-schema'
import { NETWORK_TYPES, NETWORK_ROLES, TASK_KINDS } from './options'

export { NETWORK_TYPES, NETWORK_ROLES, TASK_KINDS } from './options'

export const ZCreateNetwork = z.object({
  partnershipId: z.uuid(),
  name: z.string().trim().min(3).max(200),
  type: z.enum(NETWORK_TYPES),
  description: optional(z.string().trim().max(2000)),
})

export const ZAddNetworkUnit = z.object({ networkId: z.uuid(), unitId: z.uuid() })

export const ZAddNetworkMember = z.object({
  networkId: z.uuid(),
  email: z.email().max(320).transform((e) => e.toLowerCase()),
  role: z.enum(NETWORK_ROLES),
})

export const ZPlanGathering = z
  .object({
    networkId: z.uuid(),
    title: z.string().trim().min(3).max(200),
    programme: optional(z.string().trim().max(8000)),
    place: optional(z.string().trim().max(200)),
    // From <input type="datetime-local">: local time in Norway, no zone.
    startsAt: osloLocalDateTime,
    endsAt: osloLocalDateTime,
    seatLimit: z.coerce.number().int().min(1).max(10_000),
  })
  // Both are wall-clock times in the same zone, so comparing the strings compares the times.
  .refine((d) => d.endsAt > d.startsAt, { path: ['endsAt'], message: 'order' })

export const ZGatheringRef = z.object({ gatheringId: z.uuid() })

// The ticked checkboxes: none, one or many registration ids.
export const ZRecordGatheringAttendance = z.object({ gatheringId: z.uuid(), present: list(z.uuid(), 10_000) })

export const ZAddGatheringTask = z.object({
  gatheringId: z.uuid(),
  kind: z.enum(TASK_KINDS),
  text: z.string().trim().min(3).max(4000),
  dueOn: isoDay,
})

export const ZSubmitTaskWork = z.object({ taskId: z.uuid(), unitId: z.uuid(), text: z.string().trim().min(3).max(20_000) })

export type TNetworksError =
  | TCommonError
  | 'duplicate'
  | 'unknownPerson'
  | 'unitNotInPartnership'
  | 'alreadyRegistered'
  | 'notRegistered'
  | 'started'
  | 'notMemberUnit'
  | 'endsBeforeStart'
  | 'linkOrFile'
  | 'tooLarge'
  | 'fileType'

export type TNetworksDone =
  | 'networkCreated'
  | 'unitAdded'
  | 'memberSaved'
  | 'gatheringPlanned'
  | 'registered'
  | 'waitingListed'
  | 'cancelled'
  | 'attendanceSaved'
  | 'taskAdded'
  | 'workSubmitted'
  | 'remindersSent'
  | 'materialAdded'
  | 'strengthSaved'

export type TNetworksResult =
  | { ok: true; done: TNetworksDone; id: string; values?: Record<string, string | number> }
  | TFormRefusal<TNetworksError>

/** A gathering that ends before it starts is said so, on the end time; any other refusal is `invalid`. */
export function invalidGathering(error: z.ZodError): Extract<TNetworksResult, { ok: false }> {
  const refused = invalidInput(error)
  return error.issues.some((i) => i.message === 'order') ? { ...refused, error: 'endsBeforeStart' } : refused
}

export const ZAddMaterial = z.object({
  networkId: z.uuid(),
  title: z.string().trim().min(3).max(200),
  description: optional(z.string().trim().max(2000)),
  url: optional(z.url({ protocol: /^https$/ }).max(1000)),
  // A file input left empty still sends a File, of size 0 (its name varies by runtime): no file.
  file: z.preprocess((v) => (v instanceof File && v.size === 0 ? undefined : v), z.instanceof(File).optional()),
})

export const ZSaveStrength = z.object({ networkId: z.uuid(), unitId: z.uuid(), text: z.string().trim().min(3).max(2000) })
