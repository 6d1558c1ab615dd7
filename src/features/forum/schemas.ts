import type { TAreaResult, TCommonError } from '@/lib/form-input'
import { z } from 'zod'
import { checkbox, isoDay, optional, osloLocalDateTime } from '@/lib/form-schema'
import { REPRESENTATIONS, VOTE_CHOICES } from './options'

export { REPRESENTATIONS, VOTE_CHOICES } from './options'

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

export const ZRecordDecision = z
  .object({
    agendaItemId: z.uuid(),
    reference: z.string().trim().regex(/^\d{4}\/\d{1,4}$/, 'caseNumber'),
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

export type TForumResult = TAreaResult<'memberAdded' | 'memberEnded' | 'meetingPlanned' | 'itemAdded' | 'decided' | 'minutesDrafted' | 'minutesApproved' | 'paperAdded' | 'attendanceSaved', TForumError>

/** A forum success: `id` is the forum or meeting whose page it changed. */
export type TForumDone = Extract<TForumResult, { ok: true }>
