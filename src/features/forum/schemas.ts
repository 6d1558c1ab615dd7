import type { TAreaResult, TCommonError } from '@/lib/form-input'
import { z } from 'zod'
import { checkbox, isoDay, optional, osloLocalDateTime, pastIsoDay } from '@/lib/form-schema'
import { BODY_KINDS, COMPOSITION_RULES, REPRESENTATIONS, VOTE_CHOICES } from './options'

export { BODY_KINDS, COMPOSITION_RULES, REPRESENTATIONS, VOTE_CHOICES } from './options'

/** The meeting page's route: every change to an agenda, its decisions, attendance and minutes refreshes it. */
export const MEETING_PAGE = '/forum/[forumId]/moter/[meetingId]'

export const ZAddForumMember = z.object({
  forumId: z.uuid(),
  personName: z.string().trim().min(2).max(200),
  email: optional(z.email().max(320)),
  organisationId: z.uuid(),
  representation: z.enum(REPRESENTATIONS),
  isDeputy: checkbox,
  votingRight: checkbox,
  isChair: checkbox,
  periodStart: isoDay,
  periodEnd: optional(isoDay),
})

export const ZEndForumMember = z.object({ memberId: z.uuid(), periodEnd: isoDay })

export const ZPlanMeeting = z.object({
  forumId: z.uuid(),
  title: z.string().trim().min(3).max(200),
  // From <input type="datetime-local">: local time in Norway, no zone; an impossible time is refused.
  startsAt: osloLocalDateTime,
  place: optional(z.string().trim().max(200)),
  videoUrl: optional(z.url({ protocol: /^https$/ }).max(500)),
})

export const ZAddAgendaItem = z.object({
  meetingId: z.uuid(),
  title: z.string().trim().min(3).max(200),
  description: optional(z.string().trim().max(4000)),
})

/** A new body of the partnership (issue 20): its kind, mandate, period and composition rule. */
export const ZCreateBody = z.object({
  partnershipId: z.uuid(),
  kind: z.enum(BODY_KINDS),
  name: z.string().trim().min(3).max(200),
  mandate: optional(z.string().trim().max(4000)),
  periodStart: isoDay,
  periodEnd: optional(isoDay),
  compositionRule: z.enum(COMPOSITION_RULES),
})

/** The secretariat records that a meeting was held (before its time has passed, e.g. moved earlier). */
export const ZMarkMeetingHeld = z.object({ meetingId: z.uuid() })

const reference = z.string().trim().regex(/^\d{4}\/\d{1,4}$/, 'caseNumber')

/** A decision without a meeting: decided by circulation among the members (issue 19). */
export const ZRecordCirculationDecision = z.object({
  forumId: z.uuid(),
  reference,
  decidedOn: pastIsoDay,
  proposal: z.string().trim().min(3).max(4000),
  text: z.string().trim().min(3).max(8000),
  exemptFromPublic: checkbox,
})

/** A correction of a decision: a new version of its text, with the reason (issue 19). */
export const ZCorrectDecision = z.object({
  decisionId: z.uuid(),
  text: z.string().trim().min(3).max(8000),
  reason: z.string().trim().min(3).max(1000),
})

export const ZRecordDecision = z
  .object({
    agendaItemId: z.uuid(),
    reference,
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

/**
 * The decision form as the use case takes it: votes come as `vote.<member id>`, conflicts as
 * `conflict.<member id>`; a field left empty is no vote and no conflict.
 */
export function decisionFormInput(formData: FormData) {
  const votes: Record<string, string> = {}
  const conflicts: Record<string, string> = {}
  const fields: Record<string, FormDataEntryValue> = {}
  for (const [name, value] of formData) {
    if (name.startsWith('vote.') || name.startsWith('conflict.')) {
      if (typeof value !== 'string' || value.trim() === '') continue
      if (name.startsWith('vote.')) votes[name.slice(5)] = value
      else conflicts[name.slice(9)] = value
    } else fields[name] = value
  }
  return { ...fields, votes, conflicts }
}

export const ZAddPaper = z.object({ agendaItemId: z.uuid(), file: z.instanceof(File) })

export const ZRegisterAttendance = z.object({ meetingId: z.uuid(), present: z.array(z.uuid()).max(500) })

export const ZDraftMinutes = z.object({ meetingId: z.uuid(), text: z.string().trim().min(10).max(50_000) })
export const ZApproveMinutes = z.object({ minutesId: z.uuid() })

export type TForumError =
  | TCommonError
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
  | 'notHeld'
  | 'forumExists'
  | 'futureDate'
  | 'unchanged'

export type TForumResult = TAreaResult<'memberAdded' | 'memberEnded' | 'meetingPlanned' | 'itemAdded' | 'decided' | 'minutesDrafted' | 'minutesApproved' | 'paperAdded' | 'attendanceSaved' | 'bodyCreated' | 'meetingHeld' | 'corrected', TForumError>

/** A forum success: `id` is the forum or meeting whose page it changed. */
export type TForumDone = Extract<TForumResult, { ok: true }>
