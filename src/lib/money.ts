/** Money is whole øre in bigint (docs: schema.prisma). 1 krone = 100 øre. */
export const ORE_PER_KRONE = 100n

/**
 * The largest amount any form takes: ten billion kroner, far above the scheme's whole yearly
 * budget, and far below what a bigint holds, so no sum or product of amounts a person typed can
 * overflow on the way to the database (issue 22).
 */
export const MAX_AMOUNT_ORE = 10_000_000_000n * ORE_PER_KRONE

export function kroner(amount: number): bigint {
  return BigInt(Math.round(amount)) * ORE_PER_KRONE
}

/**
 * Splits `total` into shares proportional to `weights`, in whole units of `step` (100n for whole
 * kroner), so that the shares sum to `total` exactly. The remainder left by rounding down goes one
 * step at a time to the largest fractional parts; ties go to the lower index, so the same input
 * always gives the same split (largest remainder method).
 */
export function splitProportionally(total: bigint, weights: readonly bigint[], step = 1n): bigint[] {
  if (total < 0n) throw new RangeError('total must not be negative')
  if (step <= 0n) throw new RangeError('step must be positive')
  if (weights.some((w) => w < 0n)) throw new RangeError('weights must not be negative')
  if (weights.length === 0) return []
  const sum = weights.reduce((a, b) => a + b, 0n)
  const units = total / step
  const leftover = total - units * step
  if (sum === 0n) {
    // Nothing to weigh by: share equally.
    return splitProportionally(total, weights.map(() => 1n), step)
  }
  const shares = weights.map((w) => (units * w) / sum)
  const order = weights
    .map((w, index) => ({ index, remainder: (units * w) % sum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1))
  let missing = units - shares.reduce((a, b) => a + b, 0n)
  for (const { index } of order) {
    if (missing === 0n) break
    shares[index]! += 1n
    missing -= 1n
  }
  const result = shares.map((s) => s * step)
  // Amounts smaller than one step (e.g. øre when splitting in kroner) go to the first share.
  if (leftover > 0n) result[0]! += leftover
  return result
}

/** «1 234 567,50 kr» style, for places that cannot use the request's formatter. */
export function formatKroner(ore: bigint, locale = 'nb-NO'): string {
  const kr = Number(ore) / 100
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'NOK' }).format(kr)
}

/**
 * Reads an amount in kroner as people write it in Norway («1 234 567», «1 234 567,50», «1234567.5»)
 * into whole øre. Returns null for anything else, so the caller can say what is wrong.
 */
export function parseKroner(text: string): bigint | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr\.?$/i, '')
  const match = /^(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(cleaned)
  if (!match) return null
  const ore = (match[2] ?? '').padEnd(2, '0')
  return BigInt(match[1]!) * ORE_PER_KRONE + BigInt(ore)
}

/** Øre as a person would type it back into a field that parseKroner reads: «1234567» or «1234567,05». */
export function kronerForInput(ore: bigint): string {
  const rest = ore % ORE_PER_KRONE
  return `${ore / ORE_PER_KRONE}${rest ? `,${String(rest).padStart(2, '0')}` : ''}`
}

/** For formatters (next-intl's `format.number(oreToKroner(x), NOK)`): øre to kroner as a number. */
export function oreToKroner(ore: bigint): number {
  return Number(ore) / 100
}
export const NOK = { style: 'currency', currency: 'NOK' } as const
