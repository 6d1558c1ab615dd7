import { describe, expect, it } from 'vitest'
import { demoOrgNumber, isValidOrgNumber } from './org-number'

describe('organisation numbers', () => {
  it('accepts real numbers and rejects a wrong check digit', () => {
    expect(isValidOrgNumber('974760673')).toBe(true) // Brønnøysundregistrene
    expect(isValidOrgNumber('974760674')).toBe(false)
    expect(isValidOrgNumber('97476067')).toBe(false)
    expect(isValidOrgNumber('97476067a')).toBe(false)
  })

  it('makes valid, deterministic and distinct demo numbers', () => {
    const numbers = Array.from({ length: 5000 }, (_, i) => demoOrgNumber(i))
    expect(numbers.every(isValidOrgNumber)).toBe(true)
    expect(new Set(numbers).size).toBe(numbers.length)
    expect(demoOrgNumber(42)).toBe(demoOrgNumber(42))
  })
})
