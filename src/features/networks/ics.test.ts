import { describe, expect, it } from 'vitest'
import { gatheringIcs } from './ics'

const event = {
  uid: 'gathering-1@samkomp.no',
  stampedAt: new Date('2026-11-23T12:00:00.123Z'),
  startsAt: new Date('2026-12-03T08:30:00Z'),
  endsAt: new Date('2026-12-03T14:00:00Z'),
  summary: 'Nettverkssamling lesing; dag 2, Bodø',
  location: 'Nord universitet, Bodø\nRom A1',
  description: 'Førarbeid: ta med elevarbeid. '.repeat(8),
  url: 'https://samkomp.no/nettverk/1/samlinger/2',
}

/** Content lines joined again (RFC 5545 §3.1: a CRLF followed by one space continues the line). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n')

describe('the gathering calendar file (RFC 5545)', () => {
  it('holds one event in UTC with a stable UID, CRLF line ends and escaped text', () => {
    const ics = gatheringIcs(event)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = unfold(ics)
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines).toContain('METHOD:PUBLISH')
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1)
    expect(lines).toContain('UID:gathering-1@samkomp.no')
    expect(lines).toContain('DTSTAMP:20261123T120000Z')
    expect(lines).toContain('DTSTART:20261203T083000Z')
    expect(lines).toContain('DTEND:20261203T140000Z')
    expect(lines).toContain('SUMMARY:Nettverkssamling lesing\\; dag 2\\, Bodø')
    expect(lines).toContain('LOCATION:Nord universitet\\, Bodø\\nRom A1')
    expect(lines).toContain('STATUS:CONFIRMED')
    expect(lines.filter(Boolean).at(-1)).toBe('END:VCALENDAR')
  })

  it('folds long lines at 75 octets without breaking a letter, and unfolds to the text', () => {
    const ics = gatheringIcs({ ...event, summary: 'ø'.repeat(80) })
    const encoder = new TextEncoder()
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75)
    expect(ics).not.toContain('\uFFFD')
    const lines = unfold(ics)
    expect(lines).toContain(`SUMMARY:${'ø'.repeat(80)}`)
    expect(lines.some((l) => l.startsWith('DESCRIPTION:Førarbeid: ta med elevarbeid. Førarbeid'))).toBe(true)
  })
})
