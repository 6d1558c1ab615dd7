import type { Role } from '@/generated/prisma/client'

/**
 * Every permission in the product, as `action:entity` strings (Epic Stack style). Which rows a
 * permission reaches is decided by the scope helpers in ./scopes.ts, never here.
 */
export const PERMISSIONS = [
  'read:dashboard',
  'read:partnership',
  'read:unit',
  'read:funding',
  'manage:membership',
  'manage:funding',
  'report:funding',
  'read:forum',
  'manage:forum',
  'read:assessment',
  'assess:unit',
  'read:needs',
  'report:needs',
  'read:orders',
  'serve:units',
  'read:visits',
  'write:plan',
  'manage:development',
  'manage:platform',
  'read:survey-results',
  'issue:survey-codes',
] as const
export type Permission = (typeof PERMISSIONS)[number]

/** The role → permission matrix. A role missing a permission cannot do that thing anywhere. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  PLATFORM_ADMIN: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'manage:membership', 'manage:funding', 'report:funding', 'read:forum', 'manage:forum',
    'read:assessment', 'assess:unit', 'read:needs', 'report:needs', 'read:orders', 'serve:units', 'read:visits', 'write:plan', 'manage:development', 'manage:platform', 'read:survey-results', 'issue:survey-codes'],
  COUNTY_GOVERNOR_STAFF: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'manage:membership', 'manage:funding', 'read:forum', 'read:needs', 'read:orders', 'read:survey-results'],
  FORUM_SECRETARIAT: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'read:forum', 'manage:forum', 'read:needs', 'read:orders', 'write:plan', 'manage:development', 'read:survey-results', 'issue:survey-codes'],
  FORUM_MEMBER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:forum', 'read:needs', 'read:orders'],
  UNIVERSITY_PARTNER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'report:funding', 'read:orders', 'serve:units', 'read:visits'],
  SCHOOL_OWNER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'report:funding', 'read:assessment', 'read:needs', 'report:needs', 'read:orders', 'read:visits', 'read:survey-results'],
  PRINCIPAL: ['read:dashboard', 'read:partnership', 'read:unit', 'read:assessment', 'assess:unit', 'read:visits', 'write:plan', 'read:survey-results', 'issue:survey-codes'],
  KINDERGARTEN_HEAD: ['read:dashboard', 'read:partnership', 'read:unit', 'read:assessment', 'assess:unit', 'read:visits', 'write:plan', 'read:survey-results', 'issue:survey-codes'],
}

/**
 * Where a membership of each role sits, and so how it reaches data: everything (platform
 * administrators), a county governor office's counties, one partnership (its forum), a
 * university's partnerships, a school owner's partnerships and units, or one unit. The scope
 * helpers (./scopes) read this table and the one above, never role names: what a role may do is
 * said here, where it may do it is said by its place.
 */
export type TPlace = 'everywhere' | 'office' | 'partnership' | 'university' | 'owner' | 'unit'

export const rolePlace: Record<Role, TPlace> = {
  PLATFORM_ADMIN: 'everywhere',
  COUNTY_GOVERNOR_STAFF: 'office',
  FORUM_SECRETARIAT: 'partnership',
  FORUM_MEMBER: 'partnership',
  UNIVERSITY_PARTNER: 'university',
  SCHOOL_OWNER: 'owner',
  PRINCIPAL: 'unit',
  KINDERGARTEN_HEAD: 'unit',
}

/** Every role, in the order forms list them. */
export const ALL_ROLES: readonly Role[] = [
  'COUNTY_GOVERNOR_STAFF',
  'FORUM_SECRETARIAT',
  'FORUM_MEMBER',
  'UNIVERSITY_PARTNER',
  'SCHOOL_OWNER',
  'PRINCIPAL',
  'KINDERGARTEN_HEAD',
  'PLATFORM_ADMIN',
]

/** The roles whose memberships sit at `place`. */
export const rolesAt = (place: TPlace): Role[] => ALL_ROLES.filter((r) => rolePlace[r] === place)
