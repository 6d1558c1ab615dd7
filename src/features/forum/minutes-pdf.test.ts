import { describe, expect, it } from 'vitest'
import { pdfText } from '~tests/setup/pdf-text'
import { renderMinutesPdf } from './minutes-pdf'

describe('minutes as PDF', () => {
  it('holds the title, the facts, the approved text with Sámi letters, the decisions and page numbers', async () => {
    const body = Array.from({ length: 120 }, (_, i) => `Avsnitt ${i + 1}: forumet drøftet arbeidet i Kárášjohka og Unjárga.`).join('\n')
    const pdf = await renderMinutesPdf(
      {
        forumName: 'Samarbeidsforum for Salten',
        meetingTitle: 'Møte 3',
        startsAt: new Date('2026-12-03T09:00:00Z'),
        place: 'Bodø',
        version: 2,
        approvedAt: new Date('2026-12-20T10:00:00Z'),
        text: body,
        decisions: [{ reference: '2026/14', outcome: 'Avstemning', text: 'Lesing velges som tema.', tally: '2 for, 1 mot, 0 avstår' }],
      },
      { title: 'Referat: Møte 3', facts: [['Versjon', '2']], decisionsHeading: 'Vedtak', pageOf: (page, pages) => `Side ${page} av ${pages}` },
      'nb',
    )
    const { pages, all, info } = await pdfText(pdf)
    expect(info.Title).toBe('Referat: Møte 3')
    expect(all).toContain('Kárášjohka og Unjárga')
    expect(all).toContain('2026/14 (Avstemning: 2 for, 1 mot, 0 avstår)')
    expect(pages.length).toBeGreaterThan(1)
    pages.forEach((text, i) => expect(text).toContain(`Side ${i + 1} av ${pages.length}`))
  })
})
