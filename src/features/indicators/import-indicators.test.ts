import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createCounty, createMunicipality } from '~tests/factories'
import { importIndicatorFile, planIndicatorFile } from './import-indicators'
import { wordErrors } from './word-errors'

type TJsonStat = {
  size: number[]
  value: (number | null)[]
  status: Record<string, string>
  dimension: Record<string, { label?: string; category: { index: Record<string, number>; label?: Record<string, string> } }>
}

const { prisma } = await createTestDb()
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/indicators', name), 'utf8')

/** Every stored cell of an indicator, without ids, in a stable order. */
async function cellsOf(code: string) {
  const rows = await prisma.indicatorValue.findMany({
    where: { indicator: { code } },
    select: { level: true, areaCode: true, year: true, breakdown: true, status: true, marker: true, valueMilli: true, respondents: true, stdDevMilli: true },
    orderBy: [{ level: 'asc' }, { areaCode: 'asc' }, { year: 'asc' }, { breakdown: 'asc' }],
  })
  return rows
}

describe('SSB json-stat2', () => {
  it('imports 07495 with its markers kept as suppressed or missing, never 0', async () => {
    const county = await createCounty(prisma, { number: '18' })
    const result = await importIndicatorFile(prisma, 'ssb-07495-grunnskolepoeng.json', fixture('ssb-07495-grunnskolepoeng.json'))
    expect(result).toMatchObject({ ok: true, summary: { cells: 45, values: 43, suppressed: 1, missing: 1, indicators: 1, years: 3 } })
    const indicator = await prisma.indicator.findUniqueOrThrow({ where: { code: 'ssb-07495-grunnskolepoeng' } })
    expect(indicator).toMatchObject({ source: 'SSB', tableId: '07495', unitLabel: 'poeng', headlineBreakdown: 'Kjonn=0', higherIsBetter: true })
    const cells = await cellsOf('ssb-07495-grunnskolepoeng')
    expect(cells.find((c) => c.areaCode === '0' && c.year === 2022 && c.breakdown === 'Kjonn=0')).toMatchObject({ level: 'NATIONAL', status: 'VALUE', valueMilli: 41_600 })
    expect(cells.find((c) => c.areaCode === '34' && c.year === 2022 && c.breakdown === 'Kjonn=1')).toMatchObject({ status: 'SUPPRESSED', marker: ':', valueMilli: null })
    expect(cells.find((c) => c.areaCode === '03' && c.year === 2024 && c.breakdown === 'Kjonn=2')).toMatchObject({ status: 'MISSING', marker: '..', valueMilli: null })
    const nordland = await prisma.indicatorValue.findFirstOrThrow({ where: { areaCode: '18', year: 2023, breakdown: 'Kjonn=0' } })
    expect(nordland.countyId).toBe(county.id)
  })

  it('imports the same period again to the same rows (idempotent)', async () => {
    const before = await cellsOf('ssb-07495-grunnskolepoeng')
    const again = await importIndicatorFile(prisma, 'ssb-07495-grunnskolepoeng.json', fixture('ssb-07495-grunnskolepoeng.json'))
    expect(again.ok).toBe(true)
    expect(await cellsOf('ssb-07495-grunnskolepoeng')).toEqual(before)
  })

  it('replaces only the areas a file names: a one-county file leaves the others', async () => {
    const dataset = JSON.parse(fixture('ssb-07495-grunnskolepoeng.json')) as TJsonStat
    const nordland = { ...dataset, size: [1, 3, 1, 3], dimension: { ...dataset.dimension, Region: { label: 'region', category: { index: { '18': 0 }, label: { '18': 'Nordland' } } } }, value: dataset.value.slice(27, 36).map((v) => v! + 1), status: {} }
    const result = await importIndicatorFile(prisma, 'nordland.json', JSON.stringify(nordland))
    expect(result.ok).toBe(true)
    const cells = await cellsOf('ssb-07495-grunnskolepoeng')
    expect(cells).toHaveLength(45)
    expect(cells.find((c) => c.areaCode === '18' && c.year === 2022 && c.breakdown === 'Kjonn=0')).toMatchObject({ valueMilli: 41_300 })
    expect(cells.find((c) => c.areaCode === '03' && c.year === 2022 && c.breakdown === 'Kjonn=0')).toMatchObject({ valueMilli: 43_600 })
  })

  it('refuses a dataset whose cells or shape are wrong, naming each cell, and writes nothing', async () => {
    const dataset = JSON.parse(fixture('ssb-07495-grunnskolepoeng.json')) as TJsonStat
    dataset.value[4] = null
    dataset.status = { '4': '?' }
    dataset.dimension.Region!.category.index = { '0': 0, X3: 1, '15': 2, '18': 3, '34': 4 }
    const before = await prisma.indicatorValue.count()
    const result = await importIndicatorFile(prisma, 'bad.json', JSON.stringify(dataset))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([
      [5, 'cellValue'],
      ...Array.from({ length: 9 }, (_, i) => [10 + i, 'cellRegion']),
      // The status object replaced lost cell 40's `:`: a null without a marker is refused, never read as 0.
      [40, 'cellValue'],
    ])
    expect(wordErrors(result.errors)[0]).toBe('Celle 5 (Region=0, Kjonn=1, ContentsCode=Grunnskolepoeng, Tid=2023): verdien er verken et tall eller et kjent tegn (. .. :).')
    expect(wordErrors(result.errors, 'en')[1]).toContain('Cell 10 (Region=X3')
    expect(await prisma.indicatorValue.count()).toBe(before)
    const shape = await importIndicatorFile(prisma, 'x.json', JSON.stringify({ ...dataset, size: [5, 3, 1] }))
    expect(!shape.ok && shape.errors[0]!.code).toBe('jsonStatSize')
    expect(!shape.ok && wordErrors([{ line: 1, code: 'json' }], 'nn')[0]).toBe('Linje 1: fila er ikkje gyldig JSON.')
  })

  it('keeps 13716 by household income as breakdowns, the total as the headline', async () => {
    const result = await importIndicatorFile(prisma, 'ssb-13716-inntekt.json', fixture('ssb-13716-inntekt.json'))
    expect(result).toMatchObject({ ok: true, summary: { cells: 36, suppressed: 1 } })
    const income = await prisma.indicator.findUniqueOrThrow({ where: { code: 'ssb-13716-grpoenginnt' } })
    expect(income.headlineBreakdown).toBe('HushInntekt=TOT')
    expect(income.breakdownLabels).toMatchObject({ 'HushInntekt=Q1': 'Laveste femtedel' })
  })
})

describe('Udir statistics bank export', () => {
  it('imports the CSV: levels, school years, trinn, and a * that hides score, deviation and n alike', async () => {
    const { municipality } = await createMunicipality(prisma, { number: '1804' })
    const result = await importIndicatorFile(prisma, 'udir-elevundersokelsen-148.csv', fixture('udir-elevundersokelsen-148.csv'))
    expect(result).toMatchObject({ ok: true, summary: { cells: 24, suppressed: 4, indicators: 2, years: 2 } })
    expect(await prisma.indicator.findUniqueOrThrow({ where: { code: 'udir-mobbing-pa-skolen' } })).toMatchObject({ source: 'UDIR', higherIsBetter: false, headlineBreakdown: 'trinn=10' })
    const cells = await cellsOf('udir-trivsel')
    expect(cells.find((c) => c.areaCode === '1804' && c.year === 2023)).toMatchObject({ level: 'MUNICIPALITY', valueMilli: 4_200, stdDevMilli: 800, respondents: 1100, breakdown: 'trinn=10' })
    expect(cells.find((c) => c.areaCode === '1839' && c.year === 2022)).toEqual(expect.objectContaining({ status: 'SUPPRESSED', marker: '*', valueMilli: null, stdDevMilli: null, respondents: null }))
    expect(cells.find((c) => c.areaCode === '974760673')).toMatchObject({ level: 'SCHOOL' })
    expect((await prisma.indicatorValue.findFirstOrThrow({ where: { areaCode: '1804', year: 2023 } })).municipalityId).toBe(municipality.id)
  })

  it('imports the JSON export of the same shape', () => {
    const plan = planIndicatorFile('udir-elevundersokelsen-148.json', fixture('udir-elevundersokelsen-148.json'))
    expect(plan.ok && plan.plan.cells.map((c) => [c.level, c.areaCode, c.valueMilli])).toEqual([
      ['NATIONAL', '0', 4_200],
      ['NATIONAL', '0', 1_200],
      ['COUNTY', '18', 4_200],
      ['COUNTY', '18', 1_100],
      ['MUNICIPALITY', '1804', 4_100],
      ['MUNICIPALITY', '1804', 1_100],
    ])
  })

  it('refuses a bad file with every line and column named, in each language, and keeps the data', async () => {
    const before = await cellsOf('udir-trivsel')
    const result = await importIndicatorFile(prisma, 'udir-bad.csv', fixture('udir-bad.csv'))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => [e.line, e.code, e.values?.column])).toEqual([
      [4, 'rowArea', 'Kommunekode'],
      [5, 'rowYear', 'Skoleaarnavn'],
      [5, 'rowValue', 'Score'],
      [6, 'rowLevel', 'EnhetNivaa'],
    ])
    expect(wordErrors(result.errors)[1]).toBe('Linje 5, kolonne Skoleaarnavn: «i fjor» er ikke et skoleår som 2023-24.')
    expect(wordErrors(result.errors, 'nn')[3]).toContain('må vere 1 (landet)')
    expect(await cellsOf('udir-trivsel')).toEqual(before)
    const missing = await importIndicatorFile(prisma, 'x.csv', 'EnhetNivaa;Score\n1;4,0')
    expect(!missing.ok && wordErrors(missing.errors)[0]).toBe('Linje 1: filen mangler kolonnene skoleaarnavn, indikatornavn, antallbesvart.')
    const twice = fixture('udir-elevundersokelsen-148.csv').trim().split('\n')
    const duplicated = await importIndicatorFile(prisma, 'x.csv', [...twice, twice[1]].join('\n'))
    expect(!duplicated.ok && duplicated.errors).toEqual([{ line: 26, code: 'duplicateCell', values: { first: '2', value: '0 2022' } }])
  })

  it('keeps the previous data when the write fails half-way (one transaction)', async () => {
    const before = await cellsOf('udir-trivsel')
    const changed = fixture('udir-elevundersokelsen-148.csv').replace('4,2;0,80;120000', '3,9;0,80;120000')
    const spy = vi.spyOn(prisma, '$transaction').mockImplementationOnce(((fn: (tx: unknown) => Promise<unknown>) =>
      prisma.$transaction(async (tx) => {
        await fn(tx)
        throw new Error('crash after the write')
      })) as never)
    await expect(importIndicatorFile(prisma, 'u.csv', changed)).rejects.toThrow('crash after the write')
    spy.mockRestore()
    expect(await cellsOf('udir-trivsel')).toEqual(before)
  })

  it('lets the database refuse a number on a suppressed cell', async () => {
    const row = await prisma.indicatorValue.findFirstOrThrow({ where: { status: 'SUPPRESSED' } })
    await expect(prisma.indicatorValue.update({ where: { id: row.id }, data: { valueMilli: 0 } })).rejects.toThrow()
  })
})
