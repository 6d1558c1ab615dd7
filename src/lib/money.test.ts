import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { kronerForInput, kroner, parseKroner, splitProportionally } from './money'

describe('splitProportionally', () => {
  it('splits in whole kroner and sums exactly', () => {
    const shares = splitProportionally(kroner(1000), [1n, 1n, 1n], 100n)
    expect(shares).toEqual([33_400n, 33_300n, 33_300n])
    expect(shares.reduce((a, b) => a + b)).toBe(kroner(1000))
  })

  it('keeps øre that do not make a whole krone on the first share', () => {
    const shares = splitProportionally(100_050n, [1n, 3n], 100n)
    expect(shares.reduce((a, b) => a + b)).toBe(100_050n)
    expect(shares.every((s, i) => i === 0 || s % 100n === 0n)).toBe(true)
  })

  it('always sums to the total, never goes negative, and is deterministic', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 60 }),
        (total, weights) => {
          const a = splitProportionally(total, weights, 100n)
          expect(a.reduce((x, y) => x + y, 0n)).toBe(total)
          expect(a.every((s) => s >= 0n)).toBe(true)
          expect(splitProportionally(total, weights, 100n)).toEqual(a)
        },
      ),
    )
  })

  it('refuses negative input', () => {
    expect(() => splitProportionally(-1n, [1n])).toThrow(RangeError)
    expect(() => splitProportionally(1n, [-1n])).toThrow(RangeError)
  })
})

describe('parseKroner', () => {
  it('reads kroner as Norwegians write them, into øre', () => {
    expect(parseKroner('1 234 567')).toBe(123_456_700n)
    expect(parseKroner('1\u00a0234\u00a0567,50')).toBe(123_456_750n)
    expect(parseKroner('99.5')).toBe(9_950n)
    expect(parseKroner('250 000 kr')).toBe(25_000_000n)
    expect(parseKroner('0')).toBe(0n)
  })

  it('refuses what is not an amount', () => {
    for (const bad of ['', '-5', '1,234', 'ti kroner', '1e6', '12,345', '1.2.3']) expect(parseKroner(bad), bad).toBeNull()
  })
})

describe('kronerForInput', () => {
  it('writes øre as kroner that parseKroner reads back to the same øre', () => {
    expect(kronerForInput(123_456_700n)).toBe('1234567')
    expect(kronerForInput(123_456_705n)).toBe('1234567,05')
    expect(kronerForInput(0n)).toBe('0')
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n }), (ore) => parseKroner(kronerForInput(ore)) === ore))
  })
})
