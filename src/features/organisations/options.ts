// The option list the client form shows, kept apart from the zod schema beside it so that zod
// stays out of the browser's bundle (tests/shape/client-boundary.test.ts).

/**
 * The kinds of organisation county governor staff add for bodies (issue 20): stored as member
 * organisations with this type, so a body's member names one of them and never free text.
 */
export const BODY_ORGANISATION_TYPES = ['EMPLOYERS', 'UNION', 'KS', 'PBL', 'PARENTS_COMMITTEE', 'REGIONAL_COUNCIL', 'MAYORS_OFFICE', 'OTHER'] as const
