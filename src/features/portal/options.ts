// The option lists that client forms show, apart from the zod schemas (zod stays out of the
// browser's bundle, tests/shape/client-boundary.test.ts). Themes are the product's own (Development).
export { THEMES } from '@/features/measures/options'
export const RESOURCE_KINDS = ['PACKAGE', 'FILE', 'LINK', 'TEACHING_PLAN'] as const
export const VISIBILITIES = ['PUBLIC', 'LOGGED_IN', 'PARTNERSHIP', 'NETWORK', 'UNIT'] as const
export const AUDIENCES = ['TEACHER', 'LEADER', 'OWNER', 'KINDERGARTEN', 'UH'] as const
export const SCHOOL_LEVELS = ['KINDERGARTEN', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY'] as const
export const MODULE_KINDS = ['INTRODUCTION', 'SUBJECT', 'CLOSING'] as const
export const LICENCES = ['CC_BY_4', 'CC_BY_SA_4', 'NLOD', 'ALL_RIGHTS_RESERVED'] as const
export const LANGUAGES = ['NB', 'NN', 'SE', 'EN'] as const
export const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] as const

/** A national portal holds thousands of resources: the list shows 20 at a time. */
export const RESOURCES_PER_PAGE = 20

export const PORTAL_PAGE = '/ressurser'
export const PROGRESS_PAGE = '/ressurser/fremdrift'
export const resourcePage = (id: string) => `/ressurser/${id}`
export const RESOURCE_PAGES = '/ressurser/[resourceId]'
