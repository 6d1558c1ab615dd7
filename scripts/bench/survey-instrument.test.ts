import { describe, expect, it } from 'vitest'
import { starterLibrary } from '../../src/features/surveys/instruments/library'
import { allItems } from '../../src/features/surveys/instruments/schemas'
import { benchInstrument } from './survey-instrument'

describe('the bench instrument', () => {
  it('has 40 distinct items on pages of 10, each in an indicator, and keeps the library indicators', () => {
    const base = starterLibrary.PUPILS_8_10
    const content = benchInstrument(base, 40, 10)
    const items = allItems(content)
    expect(items).toHaveLength(40)
    expect(new Set(items.map((i) => i.key)).size).toBe(40)
    expect(content.pages.map((p) => p.items.length)).toEqual([10, 10, 10, 10])
    const used = new Set(content.indicators.flatMap((i) => (i.kind === 'mean' ? i.items : [i.item])))
    expect(items.filter((i) => !used.has(i.key))).toEqual([])
    expect(content.indicators.map((i) => i.key)).toEqual(base.indicators.map((i) => i.key))
  })

  it('copies an item with its scale and reverse coding, and never the share item', () => {
    const content = benchInstrument(starterLibrary.PUPILS_8_10, 40, 15)
    const items = new Map(allItems(content).map((i) => [i.key, i]))
    expect(items.get('le-noise-2')).toMatchObject({ reverse: true, scale: 'agree' })
    expect([...items.keys()].filter((k) => k.startsWith('bu-bullied'))).toEqual(['bu-bullied'])
    expect(content.pages.map((p) => p.items.length)).toEqual([15, 15, 10])
    const learning = content.indicators.find((i) => i.key === 'learning-environment')
    expect(learning?.kind === 'mean' && learning.items).toContain('le-thrive-2')
  })
})
