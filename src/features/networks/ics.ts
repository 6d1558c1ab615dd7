/**
 * An iCalendar (RFC 5545) file for one gathering, written by hand (ADR 019): one event, times in
 * UTC, text escaped (§3.3.11), lines ended with CRLF and folded at 75 octets (§3.1) without
 * splitting a UTF-8 character.
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
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Samkomp//Laerende nettverk//NB',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utc(event.stampedAt)}`,
    `DTSTART:${utc(event.startsAt)}`,
    `DTEND:${utc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    // A URI value is not TEXT: no escaping, but it must not hold a line break.
    ...(event.url ? [`URL:${event.url.replace(/[\r\n]/g, '')}`] : []),
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(fold).join('\r\n') + '\r\n'
}

/** TEXT values: backslash, semicolon and comma escaped, every kind of line break as \n. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n')
}

/** 20261203T090000Z */
export function utc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** Content lines longer than 75 octets go on as continuation lines that start with one space. */
export function fold(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let octets = 0
  // The first line holds 75 octets; each continuation line 74 after its leading space.
  let limit = 75
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
      limit = 74
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}
