// Option lists apart from the schemas (ADR 028): the forms import these without zod.
export const UNUSED_MONEY = ['REPAY', 'REALLOCATE'] as const
export type TUnusedMoney = (typeof UNUSED_MONEY)[number]
