// The option lists that client forms show: kept apart from the zod schemas beside them (which use
// them too), so that zod stays out of the browser's bundle (issue 14, tests/shape/client-boundary.test.ts).
export const REPRESENTATIONS = ['SCHOOL_OWNER', 'UNIVERSITY', 'KS', 'UNION', 'PBL', 'PARENTS', 'COUNTY_GOVERNOR', 'OTHER'] as const

export const VOTE_CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const
