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
] as const
export type Permission = (typeof PERMISSIONS)[number]

/** The role → permission matrix. A role missing a permission cannot do that thing anywhere. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  PLATFORM_ADMIN: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'manage:membership', 'manage:funding', 'report:funding'],
  COUNTY_GOVERNOR_STAFF: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'manage:membership', 'manage:funding'],
  FORUM_SECRETARIAT: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding'],
  FORUM_MEMBER: ['read:dashboard', 'read:partnership', 'read:unit'],
  UNIVERSITY_PARTNER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'report:funding'],
  SCHOOL_OWNER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'report:funding'],
  PRINCIPAL: ['read:dashboard', 'read:partnership', 'read:unit'],
  KINDERGARTEN_HEAD: ['read:dashboard', 'read:partnership', 'read:unit'],
}
