// The option lists that client forms show: kept apart from the zod schemas beside them (which use
// them too), so that zod stays out of the browser's bundle (issue 14, tests/shape/client-boundary.test.ts).
export const THEMES = ['READING', 'EARLY_INTERVENTION', 'INCLUSIVE_ENVIRONMENT', 'NEW_CURRICULUM', 'SAMI_DIVERSITY', 'TRANSITIONS', 'ICT', 'MATHEMATICS', 'LEADERSHIP', 'PLC'] as const
export const SECTOR_GOALS = ['LEARNING_ENVIRONMENT', 'BASIC_SKILLS', 'COMPLETION'] as const
export const LEVELS = ['UNIT', 'LOCAL_NETWORK', 'REGIONAL_NETWORK', 'LEADER_NETWORK'] as const
export const MEASURE_STATUSES = ['PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED'] as const
export const STAGES = ['NOT_STARTED', 'STARTED', 'ESTABLISHED', 'EMBEDDED'] as const
export const VISIT_KINDS = ['VISIT', 'SUPERVISION'] as const
