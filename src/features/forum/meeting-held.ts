import type { MeetingStatus } from '@/generated/prisma/enums'

/**
 * Whether a meeting counts as held, so that decisions may be recorded for it (issue 19): the
 * secretariat marked it held, or its time has passed and it was not cancelled. A decision without
 * a meeting goes the explicit way, by circulation (record-circulation-decision.ts).
 */
export function isHeld(meeting: { status: MeetingStatus; startsAt: Date }, now: Date = new Date()): boolean {
  if (meeting.status === 'CANCELLED') return false
  return meeting.status === 'HELD' || meeting.startsAt.getTime() <= now.getTime()
}
