// The option lists that client forms show: kept apart from the zod schemas beside them (which use
// them too), so that zod stays out of the browser's bundle (issue 14, tests/shape/client-boundary.test.ts).
export const NETWORK_TYPES = ['LOCAL', 'REGIONAL', 'LEADER', 'SUBJECT'] as const
export const NETWORK_ROLES = ['COORDINATOR', 'PRINCIPAL', 'RESOURCE_TEACHER', 'UH_FACILITATOR', 'PARTICIPANT'] as const
export const TASK_KINDS = ['PRE_WORK', 'POST_WORK'] as const
