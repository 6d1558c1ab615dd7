import { z } from 'zod'

// Forms send '' for an empty field; treat it as absent.
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional())
// Checkboxes send 'on' when ticked and nothing otherwise.
const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean())

export const REPRESENTATIONS = ['SCHOOL_OWNER', 'UNIVERSITY', 'KS', 'UNION', 'PBL', 'PARENTS', 'COUNTY_GOVERNOR', 'OTHER'] as const

export const ZAddForumMember = z.object({
  forumId: z.uuid(),
  personName: z.string().trim().min(2).max(200),
  email: optional(z.email().max(320)),
  organisationId: z.uuid(),
  representation: z.enum(REPRESENTATIONS),
  isDeputy: checkbox,
  votingRight: checkbox,
  periodStart: z.iso.date(),
  periodEnd: optional(z.iso.date()),
})

export const ZEndForumMember = z.object({ memberId: z.uuid(), periodEnd: z.iso.date() })

export const ZPlanMeeting = z.object({
  forumId: z.uuid(),
  title: z.string().trim().min(3).max(200),
  // From <input type="datetime-local">: local time in Norway, no zone.
  startsAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  place: optional(z.string().trim().max(200)),
  videoUrl: optional(z.url({ protocol: /^https$/ }).max(500)),
})

export const ZAddAgendaItem = z.object({
  meetingId: z.uuid(),
  title: z.string().trim().min(3).max(200),
  description: optional(z.string().trim().max(4000)),
})

export const VOTE_CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const

export const ZRecordDecision = z
  .object({
    agendaItemId: z.uuid(),
    reference: z.string().trim().regex(/^\d{4}\/\d{1,4}$/),
    proposal: z.string().trim().min(3).max(4000),
    outcome: z.enum(['CONSENSUS', 'VOTE']),
    text: z.string().trim().min(3).max(8000),
    exemptFromPublic: checkbox,
    /** member id → vote, for a decision by vote */
    votes: z.record(z.uuid(), z.enum(VOTE_CHOICES)).default({}),
    /** member id → the conflict they declared; they leave the item */
    conflicts: z.record(z.uuid(), z.string().trim().min(3).max(500)).default({}),
  })
  .refine((d) => d.outcome === 'VOTE' || Object.keys(d.votes).length === 0, { path: ['votes'], message: 'consensus' })

export const ZDraftMinutes = z.object({ meetingId: z.uuid(), text: z.string().trim().min(10).max(50_000) })
export const ZApproveMinutes = z.object({ minutesId: z.uuid() })

export type TForumError =
  | 'forbidden'
  | 'invalid'
  | 'notFound'
  | 'periodOrder'
  | 'locked'
  | 'closed'
  | 'notMember'
  | 'noVotingRight'
  | 'conflictVote'
  | 'noVotes'
  | 'duplicateReference'
  | 'alreadyApproved'
  | 'emptyFile'
  | 'tooLarge'
  | 'fileType'

export type TForumResult =
  | { ok: true; done: 'memberAdded' | 'memberEnded' | 'meetingPlanned' | 'itemAdded' | 'decided' | 'minutesDrafted' | 'minutesApproved' | 'paperAdded' | 'attendanceSaved'; id: string }
  | { ok: false; error: TForumError; fields?: string[]; values?: Record<string, string>; input?: Record<string, string> }

export { invalidFields } from '@/lib/invalid-fields'
