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
] as const
export type Permission = (typeof PERMISSIONS)[number]

/** The role → permission matrix. A role missing a permission cannot do that thing anywhere. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  PLATFORM_ADMIN: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'manage:membership', 'manage:funding', 'report:funding', 'read:forum', 'manage:forum'],
  COUNTY_GOVERNOR_STAFF: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'manage:membership', 'manage:funding', 'read:forum'],
  FORUM_SECRETARIAT: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'read:forum', 'manage:forum'],
  FORUM_MEMBER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:forum'],
  UNIVERSITY_PARTNER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'report:funding'],
  SCHOOL_OWNER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'report:funding'],
  PRINCIPAL: ['read:dashboard', 'read:partnership', 'read:unit'],
  KINDERGARTEN_HEAD: ['read:dashboard', 'read:partnership', 'read:unit'],
}
