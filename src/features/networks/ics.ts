import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

/**
 * An iCalendar (RFC 5545) file for one gathering, made with ical-generator (ADR 019), which does
 * the escaping, the CRLF line ends and the folding at 75 octets. Times are written in UTC; the
 * calendar shows them in the reader's own zone.
 */
export interface TIcsEvent {
  /** Stable across downloads, so a calendar updates the event instead of adding a second one. */
  uid: string
  stampedAt: Date
  startsAt: Date
  endsAt: Date
  summary: string
  location?: string | null
  description?: string | null
  url?: string | null
}

export function gatheringIcs(event: TIcsEvent): string {
  const calendar = ical({ prodId: { company: 'Samkomp', product: 'Laerende nettverk', language: 'NB' }, method: ICalCalendarMethod.PUBLISH })
  calendar.createEvent({
    id: event.uid,
    stamp: event.stampedAt,
    start: event.startsAt,
    end: event.endsAt,
    summary: event.summary,
    location: event.location ?? null,
    description: event.description ?? null,
    url: event.url ?? null,
    status: ICalEventStatus.CONFIRMED,
  })
  return calendar.toString()
}
