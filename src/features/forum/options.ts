// The option lists that client forms show: kept apart from the zod schemas beside them (which use
// them too), so that zod stays out of the browser's bundle (issue 14, tests/shape/client-boundary.test.ts).
export const REPRESENTATIONS = ['SCHOOL_OWNER', 'UNIVERSITY', 'KS', 'UNION', 'PBL', 'PARENTS', 'COUNTY_GOVERNOR', 'OTHER'] as const

export const VOTE_CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const

/** The kinds of body (issue 20): the collaboration forum alone adopts the yearly recommendation. */
export const BODY_KINDS = ['COLLABORATION_FORUM', 'STEERING_GROUP', 'EXPERT_GROUP', 'WORKING_GROUP', 'LEADER_GROUP'] as const

/** Composition rules a body may keep; the body page shows who is missing. */
export const COMPOSITION_RULES = ['NONE', 'ONE_PER_MUNICIPALITY'] as const
