'use server'

import { formAction } from '@/server/usecase/form-action'
import { addAgendaItem } from './add-agenda-item'
import { addForumMember } from './add-forum-member'
import { addPaper } from './add-paper'
import { approveMinutes } from './approve-minutes'
import { correctDecision } from './correct-decision'
import { createBody } from './create-body'
import { markMeetingHeld } from './mark-meeting-held'
import { recordCirculationDecision } from './record-circulation-decision'
import { draftMinutes } from './draft-minutes'
import { endForumMember } from './end-forum-member'
import { planMeeting } from './plan-meeting'
import { recordDecision } from './record-decision'
import { registerAttendance } from './register-attendance'
import { decisionFormInput } from './schemas'

// Each action is a public POST endpoint: the adapter finds the actor, and the use case checks
// manage:forum and the partnership scope (src/server/authz).

/** POST (server action) - add a member to the forum's list. */
export const addForumMemberAction = formAction(addForumMember)

/** POST (server action) - end a member's period. */
export const endForumMemberAction = formAction(endForumMember)

/** POST (server action) - plan a meeting (its invitations go after the response). */
export const planMeetingAction = formAction(planMeeting)

/** POST (server action) - add an agenda item to a meeting. */
export const addAgendaItemAction = formAction(addAgendaItem)

/** POST (server action) - record an item's decision; votes come as `vote.<member id>`, conflicts as `conflict.<member id>`. */
export const recordDecisionAction = formAction(recordDecision, { toInput: decisionFormInput })

/** POST (server action) - save the meeting's minutes (a new version once one is approved). */
export const draftMinutesAction = formAction(draftMinutes)

/** POST (server action) - record that the forum approved a version of the minutes. */
export const approveMinutesAction = formAction(approveMinutes)

/** POST (server action) - attach a paper (a file) to an agenda item. */
export const addPaperAction = formAction(addPaper)

/** POST (server action) - who was present; the checkboxes are `present` with member ids. */
export const registerAttendanceAction = formAction(registerAttendance, { toInput: (formData) => ({ meetingId: formData.get('meetingId'), present: formData.getAll('present') }) })

/** POST (server action) - set up a body of the partnership (steering, expert, working or leader group). */
export const createBodyAction = formAction(createBody)

/** POST (server action) - record that a planned meeting was held. */
export const markMeetingHeldAction = formAction(markMeetingHeld)

/** POST (server action) - record a decision by circulation, without a meeting. */
export const recordCirculationDecisionAction = formAction(recordCirculationDecision)

/** POST (server action) - correct a decision: a new version of its text, with the reason. */
export const correctDecisionAction = formAction(correctDecision)
