import { describe, expect, it } from 'vitest'
import { counties } from './counties'
import { countyGovernors } from './county-governors'
import { demoPartnerships } from './demo-partnerships'
import { municipalities, municipalityCountByCounty } from './municipalities'
import { regionUniversity, universities } from './universities'

describe('reference data', () => {
  it('has the 15 counties, each served by exactly one of the 10 county governor offices', () => {
    expect(counties).toHaveLength(15)
    expect(countyGovernors).toHaveLength(10)
    const served = countyGovernors.flatMap((g) => g.countyNumbers).sort()
    expect(served).toEqual(counties.map((c) => c.number).sort())
  })

  it('has all 357 municipalities with unique 4-digit numbers prefixed by their county', () => {
    expect(municipalities).toHaveLength(357)
    expect(new Set(municipalities.map((m) => m.number)).size).toBe(357)
    const countyNumbers = new Set(counties.map((c) => c.number))
    for (const m of municipalities) {
      expect(m.number, m.name).toMatch(/^\d{4}$/)
      expect(m.number.slice(0, 2), m.name).toBe(m.countyNumber)
      expect(countyNumbers.has(m.countyNumber), m.name).toBe(true)
    }
    const counted: Record<string, number> = {}
    for (const m of municipalities) counted[m.countyNumber] = (counted[m.countyNumber] ?? 0) + 1
    expect(counted).toEqual(municipalityCountByCounty)
  })

  it('has the ten Salten municipalities with their real numbers', () => {
    const salten = { Bodø: '1804', Fauske: '1841', Meløy: '1837', Saltdal: '1840', Steigen: '1848', Gildeskål: '1838', Sørfold: '1845', Hamarøy: '1875', Rødøy: '1836', Beiarn: '1839' }
    for (const [name, number] of Object.entries(salten)) {
      expect(municipalities.find((m) => m.number === number)?.name).toBe(name)
    }
  })

  it('only names known universities and municipalities in mappings and demo data', () => {
    const shortNames = new Set(universities.map((u) => u.shortName))
    for (const names of Object.values(regionUniversity)) for (const n of names) expect(shortNames.has(n), n).toBe(true)
    const numbers = new Set(municipalities.map((m) => m.number))
    for (const p of demoPartnerships) {
      for (const u of p.universities) expect(shortNames.has(u), u).toBe(true)
      for (const m of p.municipalities) {
        expect(numbers.has(m.number), m.number).toBe(true)
        expect(m.number.slice(0, 2)).toBe(p.countyNumber)
      }
    }
  })
})
