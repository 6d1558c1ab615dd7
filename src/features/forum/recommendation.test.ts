import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { createTranslator } from 'next-intl'
import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { pdfText } from '~tests/setup/pdf-text'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { renderTablesPdf } from '@/server/reports/pdf'
import { renderTablesXlsx } from '@/server/reports/xlsx'
import nb from '../../../messages/nb.json'
import { getRecommendation, recommendationYear } from './recommendation'
import { recommendationDocument, recommendationLabels } from './recommendation-document'
import { ownerUniversityPairs, proposedSplit } from './recommendation-split'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const t = createTranslator({ locale: 'nb', messages: nb, namespace: 'Recommendation' }) as (key: string, values?: Record<string, string | number>) => string
const dev = createTranslator({ locale: 'nb', messages: nb, namespace: 'Development' }) as (key: string, values?: Record<string, string | number>) => string

const unit = (id: string, ownerId: string) => ({ id, name: `Skole ${id}`, ownerId, ownerName: `Eier ${ownerId}` })

describe('the proposed split per owner', () => {
  it('shares a budget by participating units in whole kroner, and keeps measures without units apart', () => {
    const split = proposedSplit([
      { budgetOre: 100_000_00n, units: [unit('1', 'a'), unit('2', 'a'), unit('3', 'b')] },
      { budgetOre: 50_000_00n, units: [] },
      { budgetOre: null, units: [unit('4', 'b')] },
    ])
    expect(split.owners.map((o) => [o.ownerName, o.amountOre, o.measures])).toEqual([
      ['Eier a', 66_667_00n, 1],
      ['Eier b', 33_333_00n, 2],
    ])
    expect(split.unassignedOre).toBe(50_000_00n)
  })

  it('always sums to the measures’ budgets, in whole kroner per owner (fast-check, 300 runs)', () => {
    const measure = fc.record({
      budgetOre: fc.option(fc.bigInt({ min: 0n, max: 10_000_000_00n }).map((b) => (b / 100n) * 100n), { nil: null }),
      units: fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom('a', 'b', 'c', 'd')).map(([u, o]) => unit(String(u), o)), { maxLength: 8 }),
    })
    fc.assert(
      fc.property(fc.array(measure, { maxLength: 10 }), (measures) => {
        const split = proposedSplit(measures)
        const total = measures.reduce((s, m) => s + (m.budgetOre ?? 0n), 0n)
        expect(split.owners.reduce((s, o) => s + o.amountOre, 0n) + split.unassignedOre).toBe(total)
        for (const o of split.owners) expect(o.amountOre % 100n).toBe(0n)
      }),
      { numRuns: 300 },
    )
  })

  it('pairs each owner with the UH partner of the measures its units take part in', () => {
    const pairs = ownerUniversityPairs([
      { title: 'Lesing', universityName: 'Nord universitet', units: [unit('1', 'a'), unit('2', 'a')] },
      { title: 'Matematikk', universityName: 'Nord universitet', units: [unit('1', 'a'), unit('3', 'b')] },
      { title: 'Ledelse', universityName: null, units: [unit('3', 'b')] },
    ])
    expect(pairs).toEqual([
      { ownerName: 'Eier a', universityName: 'Nord universitet', measures: ['Lesing', 'Matematikk'], units: 2 },
      { ownerName: 'Eier b', universityName: null, measures: ['Ledelse'], units: 1 },
      { ownerName: 'Eier b', universityName: 'Nord universitet', measures: ['Matematikk'], units: 1 },
    ])
  })
})

describe('the recommendation of a forum', () => {
  it('lists the measures the forum’s decisions prioritised for the year, in order, for its readers only', async () => {
    const forum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnership: { slug: 'salten-kan' } } })
    const secretariat = await actorFor(demoPeople.secretariatSalten.email)
    const rec = (await getRecommendation(prisma, secretariat, forum.id, null))!
    expect(rec.years.length).toBeGreaterThan(0)
    expect(rec.year).toBe(rec.years[0])
    expect(rec.measures.map((m) => [m.priority, m.title])).toEqual([
      [1, 'Lesing i alle fag – lokale nettverk'],
      [2, 'Inkluderende læringsmiljø – regional samling'],
    ])
    expect(rec.measures[0]!.units.length).toBe(6)
    expect(rec.decisions.map((d) => d.reference)).toEqual([`${rec.year}/3`])
    expect((await getRecommendation(prisma, secretariat, forum.id, 2019))!.measures).toEqual([])

    // Members and the county governor read it; another partnership's secretariat and an owner do not.
    expect(await getRecommendation(prisma, await actorFor(demoPeople.forumMemberSalten.email), forum.id, null)).not.toBeNull()
    expect(await getRecommendation(prisma, await actorFor(demoPeople.countyGovernorNordland.email), forum.id, null)).not.toBeNull()
    expect(await getRecommendation(prisma, await actorFor(demoPeople.secretariatSunnmore.email), forum.id, null)).toBeNull()
    await expect(getRecommendation(prisma, await actorFor(demoPeople.schoolOwnerBodo.email), forum.id, null)).rejects.toThrow()
    expect(await getRecommendation(prisma, secretariat, 'not-a-uuid', null)).toBeNull()
  })

  it('takes a year only between 2017 and 2100 from the address', () => {
    expect(['2026', '2017', '2100', '2016', '2101', '20266', 'abcd', '', null].map(recommendationYear)).toEqual([2026, 2017, 2100, null, null, null, null, null, null])
  })

  it('prints the same measures, split and decisions in the PDF and the spreadsheet', async () => {
    const forum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnership: { slug: 'salten-kan' } } })
    const rec = (await getRecommendation(prisma, await actorFor(demoPeople.secretariatSalten.email), forum.id, null))!
    const document = recommendationDocument(rec, t, dev)
    const budgets = rec.measures.reduce((s, m) => s + (m.budgetOre ?? 0n), 0n)
    const split = document.sections[3]!
    expect(split.rows.reduce((s, row) => s + (row[2] as bigint), 0n)).toBe(budgets)

    const { all, info } = await pdfText(await renderTablesPdf(document, recommendationLabels(t), 'nb'))
    expect(info.Title).toBe(`Innstilling til Statsforvalteren ${rec.year}`)
    for (const text of ['Prioriterte tiltak', 'Lesing i alle fag – lokale nettverk', 'Lokale nettverk', 'Fordeling per skoleeier', `${rec.year}/3`, 'Bodø kommune']) expect(all).toContain(text)

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await renderTablesXlsx(document, recommendationLabels(t), 'nb')) as unknown as ArrayBuffer)
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Sammendrag', 'Hvem deltar', 'Skoleeier og UH-partner', 'Fordeling per skoleeier', 'Vedtak'])
    const splitSheet = workbook.worksheets[3]!
    const amounts: number[] = []
    splitSheet.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value !== 'Sum' && typeof row.getCell(3).value === 'number') amounts.push(row.getCell(3).value as number)
    })
    expect(Math.round(amounts.reduce((a, b) => a + b, 0) * 100)).toBe(Number(budgets))
  })
})
