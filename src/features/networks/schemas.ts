import { z } from 'zod'

// Forms send '' for an empty field; treat it as absent.
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional())
// From <input type="datetime-local">: local time in Norway, no zone.
const osloLocal = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/)

export const NETWORK_TYPES = ['LOCAL', 'REGIONAL', 'LEADER', 'SUBJECT'] as const
export const NETWORK_ROLES = ['COORDINATOR', 'PRINCIPAL', 'RESOURCE_TEACHER', 'UH_FACILITATOR', 'PARTICIPANT'] as const
export const TASK_KINDS = ['PRE_WORK', 'POST_WORK'] as const

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
    startsAt: osloLocal,
    endsAt: osloLocal,
    seatLimit: z.coerce.number().int().min(1).max(10_000),
  })
  // Both are wall-clock times in the same zone, so comparing the strings compares the times.
  .refine((d) => d.endsAt > d.startsAt, { path: ['endsAt'], message: 'order' })

export const ZGatheringRef = z.object({ gatheringId: z.uuid() })

export const ZRecordGatheringAttendance = z.object({ gatheringId: z.uuid(), present: z.array(z.uuid()).max(10_000) })

export const ZAddGatheringTask = z.object({
  gatheringId: z.uuid(),
  kind: z.enum(TASK_KINDS),
  text: z.string().trim().min(3).max(4000),
  dueOn: z.iso.date(),
})

export const ZSubmitTaskWork = z.object({ taskId: z.uuid(), unitId: z.uuid(), text: z.string().trim().min(3).max(20_000) })

export type TNetworksError =
  | 'forbidden'
  | 'invalid'
  | 'notFound'
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
  | { ok: false; error: TNetworksError; fields?: string[]; values?: Record<string, string>; input?: Record<string, string> }

export { invalidFields } from '@/lib/invalid-fields'

export const ZAddMaterial = z.object({
  networkId: z.uuid(),
  title: z.string().trim().min(3).max(200),
  description: optional(z.string().trim().max(2000)),
  url: optional(z.url({ protocol: /^https$/ }).max(1000)),
  // A file input left empty still sends a File, of size 0 (its name varies by runtime): no file.
  file: z.preprocess((v) => (v instanceof File && v.size === 0 ? undefined : v), z.instanceof(File).optional()),
})

export const ZSaveStrength = z.object({ networkId: z.uuid(), unitId: z.uuid(), text: z.string().trim().min(3).max(2000) })
