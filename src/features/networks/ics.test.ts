import { describe, expect, it } from 'vitest'
import { escapeText, fold, gatheringIcs, utc } from './ics'

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

describe('the gathering calendar file (RFC 5545)', () => {
  it('writes one event in UTC with CRLF line ends and the required properties', () => {
    const ics = gatheringIcs(event)
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = ics.split('\r\n')
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines).toContain('UID:gathering-1@samkomp.no')
    expect(lines).toContain('DTSTAMP:20261123T120000Z')
    expect(lines).toContain('DTSTART:20261203T083000Z')
    expect(lines).toContain('DTEND:20261203T140000Z')
    expect(lines).toContain('SUMMARY:Nettverkssamling lesing\\; dag 2\\, Bodø')
    expect(lines).toContain('LOCATION:Nord universitet\\, Bodø\\nRom A1')
    expect(lines.at(-2)).toBe('END:VCALENDAR')
  })

  it('folds every line at 75 octets, never inside a character, and unfolds to the original', () => {
    const ics = gatheringIcs(event)
    const encoder = new TextEncoder()
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75)
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).toContain(`DESCRIPTION:${escapeText(event.description)}`)
    // 80 two-octet letters: split between characters, and the pieces join back.
    const long = `SUMMARY:${'ø'.repeat(80)}`
    const folded = fold(long)
    expect(folded.split('\r\n ').every((p) => encoder.encode(p).length <= 75)).toBe(true)
    expect(folded.replace(/\r\n /g, '')).toBe(long)
    expect(fold('SHORT:ok')).toBe('SHORT:ok')
  })

  it('escapes backslashes before the characters that use them', () => {
    expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne')
    expect(utc(new Date('2027-06-01T22:05:09.999Z'))).toBe('20270601T220509Z')
  })
})
