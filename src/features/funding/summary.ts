import type { CoFinancingKind, GrantYearStatus } from '@/generated/prisma/enums'

/**
 * The money picture of one grant year per recipient (school owner or UH partner): what the
 * allocation key gave, what was awarded, what was spent, what is left, and for school owners the
 * co-financing against the required share. Pure, so the page, the dashboard and the reports
 * show the same figures from the same sums.
 */

export interface TRecipientFigures {
  recipientId: string
  recipientName: string
  /** Owners take part in the allocation key and co-finance; UH partners only receive awards. */
  isOwner: boolean
  allocatedOre: bigint
  awardedOre: bigint
  spentOre: bigint
  /** awarded − spent; at year end, what is to be repaid or reallocated. */
  remainingOre: bigint
  coFinancedOre: bigint
  /** The owner's required own contribution: the share (basis points) of what it was awarded. */
  requiredCoFinancingOre: bigint
  /** An owner whose co-financing is below the required share. */
  belowCoFinancing: boolean
}

export interface TSummaryInput {
  coFinancingBp: number
  recipients: { id: string; name: string; isOwner: boolean }[]
  allocations: { ownerId: string; adjustedOre: bigint }[]
  awards: { recipientId: string; amountOre: bigint }[]
  spendings: { recipientId: string; amountOre: bigint }[]
  coFinancings: { ownerId: string; amountOre: bigint }[]
}

/** Required co-financing: `bp` basis points of `ore`, rounded half up to whole øre. */
export function requiredShare(ore: bigint, bp: number): bigint {
  return (ore * BigInt(bp) + 5_000n) / 10_000n
}

/**
 * Released staff time as money: hours (in hundredths) × hourly cost, half up to whole øre. The
 * database holds the same rule (CoFinancing_staff_time_amount_check).
 */
export function staffTimeOre(hoursCenti: number, hourlyRateOre: bigint): bigint {
  return (BigInt(hoursCenti) * hourlyRateOre + 50n) / 100n
}

/**
 * One row per recipient that has any figure, sorted by name. Recipients with nothing allocated,
 * awarded, spent or co-financed are left out.
 */
export function summariseFunding(input: TSummaryInput): TRecipientFigures[] {
  const sum = (rows: { amountOre: bigint }[]) => rows.reduce((a, r) => a + r.amountOre, 0n)
  return input.recipients
    .map((r) => {
      const allocatedOre = input.allocations.filter((a) => a.ownerId === r.id).reduce((a, x) => a + x.adjustedOre, 0n)
      const awardedOre = sum(input.awards.filter((a) => a.recipientId === r.id))
      const spentOre = sum(input.spendings.filter((s) => s.recipientId === r.id))
      const coFinancedOre = sum(input.coFinancings.filter((c) => c.ownerId === r.id))
      const requiredCoFinancingOre = r.isOwner ? requiredShare(awardedOre, input.coFinancingBp) : 0n
      return {
        recipientId: r.id,
        recipientName: r.name,
        isOwner: r.isOwner,
        allocatedOre,
        awardedOre,
        spentOre,
        remainingOre: awardedOre - spentOre,
        coFinancedOre,
        requiredCoFinancingOre,
        belowCoFinancing: r.isOwner && coFinancedOre < requiredCoFinancingOre,
      }
    })
    .filter((f) => f.allocatedOre || f.awardedOre || f.spentOre || f.coFinancedOre)
    .sort((a, b) => a.recipientName.localeCompare(b.recipientName, 'nb'))
}

export function totals(rows: TRecipientFigures[]) {
  const add = (key: keyof TRecipientFigures) => rows.reduce((a, r) => a + (r[key] as bigint), 0n)
  return {
    allocatedOre: add('allocatedOre'),
    awardedOre: add('awardedOre'),
    spentOre: add('spentOre'),
    remainingOre: add('remainingOre'),
    coFinancedOre: add('coFinancedOre'),
    requiredCoFinancingOre: add('requiredCoFinancingOre'),
  }
}

/**
 * Everything the yearly financial report holds, for one partnership's grant year, or for one
 * recipient of it (`recipient` set). The spreadsheet and the PDF are both drawn from this.
 */
export interface TFundingReport {
  partnershipName: string
  countyName: string
  year: number
  status: GrantYearStatus
  stateAmountOre: bigint
  coFinancingBp: number
  /** Set for a report about one owner or UH partner only. */
  recipient: { id: string; name: string } | null
  generatedAt: Date
  rows: TRecipientFigures[]
  awards: { recipientName: string; awardedOn: Date; amountOre: bigint }[]
  spendings: { recipientName: string; spentOn: Date; measureTitle: string | null; description: string; amountOre: bigint }[]
  coFinancings: {
    ownerName: string
    kind: CoFinancingKind
    /** Hours in hundredths, for staff time. */
    hoursCenti: number | null
    hourlyRateOre: bigint | null
    description: string
    amountOre: bigint
  }[]
}
