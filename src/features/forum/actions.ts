'use server'

import { runUseCase } from '@/server/actions/run-use-case'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { addAgendaItem } from './add-agenda-item'
import { addForumMember } from './add-forum-member'
import { addPaper } from './add-paper'
import { approveMinutes } from './approve-minutes'
import { draftMinutes } from './draft-minutes'
import { endForumMember } from './end-forum-member'
import { planMeeting } from './plan-meeting'
import { recordDecision } from './record-decision'
import { registerAttendance } from './register-attendance'
import type { TForumResult } from './schemas'

// Each action is a public POST endpoint: it finds the actor itself, and the use case checks
// manage:forum and the partnership scope again (src/server/authz).

/** POST (server action) - add a member to the forum's list. */
export async function addForumMemberAction(_prev: TForumResult | null, formData: FormData): Promise<TForumResult> {
  return run(addForumMember, Object.fromEntries(formData), formData, (id) => `/forum/${id}`)
}

/** POST (server action) - end a member's period. */
export async function endForumMemberAction(_prev: TForumResult | null, formData: FormData): Promise<TForumResult> {
  return run(endForumMember, Object.fromEntries(formData), formData, (id) => `/forum/${id}`)
}

/** POST (server action) - plan a meeting. */
export async function planMeetingAction(_prev: TForumResult | null, formData: FormData): Promise<TForumResult> {
  return run(planMeeting, Object.fromEntries(formData), formData, () => '/forum/[forumId]')
}

/** POST (server action) - add an agenda item to a meeting. */
export async function addAgendaItemAction(_prev: TForumResult | null, formData: FormData): Promise<TForumResult> {
  return run(addAgendaItem, Object.fromEntries(formData), formData, () => '/forum/[forumId]/moter/[meetingId]')
}

/** POST (server action) - record an item's decision; votes come as `vote.<member id>`, conflicts as `conflict.<member id>`. */
export async function recordDecisionAction(_prev: TForumResult | null, formData: FormData): Promise<TForumResult> {
  const votes: Record<string, string> = {}
  const conflicts: Record<string, string> = {}
  for (const [name, value] of formData) {
    if (typeof value !== 'string' || value.trim() === '') continue
    if (name.startsWith('vote.')) votes[name.slice(5)] = value
    if (name.startsWith('conflict.')) conflicts[name.slice(9)] = value
  }
  const fields = Object.fromEntries([...formData].filter(([name]) => !name.startsWith('vote.') && !name.startsWith('conflict.')))
  return run(recordDecision, { ...fields, votes, conflicts }, formData, () => '/forum/[forumId]/moter/[meetingId]')
}

/** POST (server action) - save the meeting's minutes (a new version once one is approved). */
export async function draftMinutesAction(_prev: TForumResult | null, formData: FormData): Promise<TForumResult> {
  return run(draftMinutes, Object.fromEntries(formData), formData, () => '/forum/[forumId]/moter/[meetingId]')
}

/** POST (server action) - record that the forum approved a version of the minutes. */
export async function approveMinutesAction(_prev: TForumResult | null, formData: FormData): Promise<TForumResult> {
  return run(approveMinutes, Object.fromEntries(formData), formData, () => '/forum/[forumId]/moter/[meetingId]')
}

/** POST (server action) - attach a paper (a file) to an agenda item. */
export async function addPaperAction(_prev: TForumResult | null, formData: FormData): Promise<TForumResult> {
  return run(addPaper, { agendaItemId: formData.get('agendaItemId'), file: formData.get('file') }, formData, () => '/forum/[forumId]/moter/[meetingId]')
}

/** POST (server action) - who was present; the checkboxes are `present` with member ids. */
export async function registerAttendanceAction(_prev: TForumResult | null, formData: FormData): Promise<TForumResult> {
  return run(registerAttendance, { meetingId: formData.get('meetingId'), present: formData.getAll('present') }, formData, () => '/forum/[forumId]/moter/[meetingId]')
}

/** The shape every forum action shares: find the actor, run the use case, refresh the page it changed. */
function run(perform: (db: Db, actor: Actor, input: unknown) => Promise<TForumResult>, input: unknown, formData: FormData, path: (id: string) => string) {
  // A planned meeting queues its invitations: they go after the response.
  return runUseCase(perform, input, formData, (result) => [path(result.id)], { sendsEmail: true })
}
