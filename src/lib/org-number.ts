const weights = [3, 2, 7, 6, 5, 4, 3, 2] as const

/** MOD11 check digit of Enhetsregisteret's organisation numbers, or null when none exists. */
function checkDigit(first8: string): number | null {
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(first8[i]) * weights[i]!
  const rest = 11 - (sum % 11)
  if (rest === 11) return 0
  return rest === 10 ? null : rest
}

/** True for a 9-digit Norwegian organisation number with a valid MOD11 check digit. */
export function isValidOrgNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false
  return checkDigit(value.slice(0, 8)) === Number(value[8])
}

/**
 * A deterministic, valid organisation number for demo and test data. Starts with 99 so it stays
 * clear of most real numbers (real ones start with 8 or 9, and 99… is rare).
 */
export function demoOrgNumber(seed: number): string {
  for (let n = seed * 3; ; n++) {
    const first8 = `99${String(n % 1_000_000).padStart(6, '0')}`
    const digit = checkDigit(first8)
    if (digit !== null) return `${first8}${digit}`
  }
}
