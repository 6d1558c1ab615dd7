// Option lists apart from the schemas (ADR 028): the forms import these without zod.
export const DEADLINE_KINDS = ['NEEDS_REPORTS', 'RECOMMENDATION'] as const
export type TDeadlineKind = (typeof DEADLINE_KINDS)[number]
