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
  'join:gatherings',
  'coordinate:networks',
  'manage:platform',
] as const
export type Permission = (typeof PERMISSIONS)[number]

/** The role → permission matrix. A role missing a permission cannot do that thing anywhere. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  PLATFORM_ADMIN: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'manage:membership', 'manage:funding', 'report:funding', 'read:forum', 'manage:forum',
    'read:assessment', 'assess:unit', 'read:needs', 'report:needs', 'read:orders', 'serve:units', 'read:visits', 'write:plan', 'manage:development', 'join:gatherings', 'coordinate:networks', 'manage:platform'],
  COUNTY_GOVERNOR_STAFF: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'manage:membership', 'manage:funding', 'read:forum', 'read:needs', 'read:orders', 'join:gatherings', 'coordinate:networks'],
  FORUM_SECRETARIAT: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'read:forum', 'manage:forum', 'read:needs', 'read:orders', 'write:plan', 'manage:development', 'join:gatherings', 'coordinate:networks'],
  FORUM_MEMBER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:forum', 'read:needs', 'read:orders', 'join:gatherings', 'coordinate:networks'],
  UNIVERSITY_PARTNER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'report:funding', 'read:orders', 'serve:units', 'read:visits', 'join:gatherings', 'coordinate:networks'],
  SCHOOL_OWNER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'report:funding', 'read:assessment', 'read:needs', 'report:needs', 'read:orders', 'read:visits', 'join:gatherings', 'coordinate:networks'],
  PRINCIPAL: ['read:dashboard', 'read:partnership', 'read:unit', 'read:assessment', 'assess:unit', 'read:visits', 'write:plan', 'join:gatherings', 'coordinate:networks'],
  KINDERGARTEN_HEAD: ['read:dashboard', 'read:partnership', 'read:unit', 'read:assessment', 'assess:unit', 'read:visits', 'write:plan', 'join:gatherings', 'coordinate:networks'],
}
