import type { Role, UnitKind } from '@/generated/prisma/client'

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
  'manage:staff',
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
  'read:unit-survey-results',
  'issue:survey-codes',
  'close:survey-wave',
  'import:units',
  // Official indicators (issue 17, ADR 042): open data, read by everyone signed in; imported and
  // compared for lag by platform administrators and county governor staff.
  'read:indicators',
  'import:indicators',
  'read:indicator-lag',
  /** Issue 20: add the organisations that sit in bodies (NHO, LO, regional councils …) in one's counties. */
  'manage:organisations',
  // The resource portal (issue 18): author resources, approve a teacher's wider sharing, start and
  // track packages for one's unit, read the progress of the units one oversees.
  'write:resources',
  'approve:resources',
  'use:resources',
  'read:resource-progress',
  'set:unit-track',
  'read:spread',
] as const
export type Permission = (typeof PERMISSIONS)[number]

/** The role → permission matrix. A role missing a permission cannot do that thing anywhere. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  PLATFORM_ADMIN: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'manage:membership', 'manage:staff', 'manage:funding', 'report:funding', 'read:forum', 'manage:forum',
    'read:assessment', 'assess:unit', 'read:needs', 'report:needs', 'read:orders', 'serve:units', 'read:visits', 'write:plan', 'manage:development', 'manage:platform', 'read:survey-results', 'read:unit-survey-results', 'issue:survey-codes', 'close:survey-wave', 'import:units', 'set:unit-track', 'read:spread', 'write:resources', 'approve:resources', 'use:resources', 'read:resource-progress', 'manage:organisations', 'read:indicators', 'import:indicators', 'read:indicator-lag'],
  // County governor staff add the organisations that sit in bodies in their counties (manage:organisations, issue 20).
  // A unit's track (ADR 039) is set by its owner together with the partnership: the owner's staff,
  // the secretariat and the county governor's staff may each move it, every move with its reason.
  // County governor staff keep their counties' schools and kindergartens in step with the national
  // registers (import:units, the units of their office's counties only).
  COUNTY_GOVERNOR_STAFF: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'manage:membership', 'manage:funding', 'read:forum', 'read:needs', 'read:orders', 'read:survey-results', 'read:unit-survey-results', 'import:units', 'set:unit-track', 'read:spread', 'read:resource-progress', 'manage:organisations', 'read:indicators', 'import:indicators', 'read:indicator-lag'],
  // The secretariat runs the partnership's waves, so it is the one that closes them (issue 16).
  FORUM_SECRETARIAT: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'read:forum', 'manage:forum', 'read:needs', 'read:orders', 'write:plan', 'manage:development', 'read:survey-results', 'read:unit-survey-results', 'issue:survey-codes', 'close:survey-wave', 'set:unit-track', 'read:spread', 'write:resources', 'read:resource-progress', 'read:indicators'],
  FORUM_MEMBER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:forum', 'read:needs', 'read:orders', 'read:spread', 'read:indicators'],
  UNIVERSITY_PARTNER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:funding', 'report:funding', 'read:orders', 'serve:units', 'read:visits', 'write:resources', 'read:resource-progress', 'read:indicators'],
  // The owner and the unit's leader keep the unit's staff and its classes or groups (manage:staff,
  // issue 15); county governor staff appoint the leaders themselves (manage:membership).
  // The owner creates and follows its units' development plans (write:plan, issue 20) and sets
  // their tracks; the spread it reads is that of its own units.
  SCHOOL_OWNER: ['read:dashboard', 'read:partnership', 'read:unit', 'manage:staff', 'read:funding', 'report:funding', 'read:assessment', 'read:needs', 'report:needs', 'read:orders', 'read:visits', 'write:plan', 'read:survey-results', 'read:unit-survey-results', 'set:unit-track', 'read:spread', 'read:resource-progress', 'read:indicators'],
  PRINCIPAL: ['read:dashboard', 'read:partnership', 'read:unit', 'manage:staff', 'read:assessment', 'assess:unit', 'read:visits', 'write:plan', 'read:survey-results', 'read:unit-survey-results', 'issue:survey-codes', 'write:resources', 'approve:resources', 'use:resources', 'read:resource-progress', 'read:indicators'],
  KINDERGARTEN_HEAD: ['read:dashboard', 'read:partnership', 'read:unit', 'manage:staff', 'read:assessment', 'assess:unit', 'read:visits', 'write:plan', 'read:survey-results', 'read:unit-survey-results', 'issue:survey-codes', 'write:resources', 'approve:resources', 'use:resources', 'read:resource-progress', 'read:indicators'],
  // The unit's own staff read their unit's plan and measures and the UH visit notes for it; their
  // networks, gatherings, the unit's pre- and post-work and materials follow from the unit being a
  // network member (scopes/networks.ts). A resource teacher coordinates network work only where a
  // network names them coordinator (NetworkMember, data). None of them writes the unit's plan or
  // runs its self-assessment: that stays the principal's or head's.
  // A teacher reads a closed wave's results for the classes they teach (UnitGroupTeacher, data:
  // surveyResultClassScope) and the partnership's value beside them; never the unit's own rows.
  TEACHER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:visits', 'read:survey-results', 'write:resources', 'use:resources', 'read:indicators'],
  KINDERGARTEN_STAFF: ['read:dashboard', 'read:partnership', 'read:unit', 'read:visits', 'write:resources', 'use:resources', 'read:indicators'],
  RESOURCE_TEACHER: ['read:dashboard', 'read:partnership', 'read:unit', 'read:visits', 'write:resources', 'use:resources', 'read:indicators'],
  // The UH facilitator answers the orders assigned to them and logs visits at the units they
  // serve; what they reach is decided by their place ('facilitator'), not by more permissions.
  UH_FACILITATOR: ['read:dashboard', 'read:partnership', 'read:unit', 'read:orders', 'serve:units', 'read:visits', 'write:resources', 'read:resource-progress', 'read:indicators'],
}

/**
 * Where a membership of each role sits, and so how it reaches data: everything (platform
 * administrators), a county governor office's counties, one partnership (its forum), a
 * university's partnerships, a school owner's partnerships and units, one unit, or (a UH
 * facilitator) the orders assigned to them and the units of those orders and of the measures
 * they facilitate, at their own university (UhOrderFacilitator, MeasureFacilitator). The scope
 * helpers (./scopes) read this table and the one above, never role names: what a role may do is
 * said here, where it may do it is said by its place.
 */
export type TPlace = 'everywhere' | 'office' | 'partnership' | 'university' | 'facilitator' | 'owner' | 'unit'

export const rolePlace: Record<Role, TPlace> = {
  PLATFORM_ADMIN: 'everywhere',
  COUNTY_GOVERNOR_STAFF: 'office',
  FORUM_SECRETARIAT: 'partnership',
  FORUM_MEMBER: 'partnership',
  UNIVERSITY_PARTNER: 'university',
  SCHOOL_OWNER: 'owner',
  PRINCIPAL: 'unit',
  KINDERGARTEN_HEAD: 'unit',
  TEACHER: 'unit',
  KINDERGARTEN_STAFF: 'unit',
  RESOURCE_TEACHER: 'unit',
  UH_FACILITATOR: 'facilitator',
}

/** Every role, in the order forms list them. */
export const ALL_ROLES: readonly Role[] = [
  'COUNTY_GOVERNOR_STAFF',
  'FORUM_SECRETARIAT',
  'FORUM_MEMBER',
  'UNIVERSITY_PARTNER',
  'UH_FACILITATOR',
  'SCHOOL_OWNER',
  'PRINCIPAL',
  'KINDERGARTEN_HEAD',
  'TEACHER',
  'KINDERGARTEN_STAFF',
  'RESOURCE_TEACHER',
  'PLATFORM_ADMIN',
]

/** The roles whose memberships sit at `place`. */
export const rolesAt = (place: TPlace): Role[] => ALL_ROLES.filter((r) => rolePlace[r] === place)

/**
 * The role a Feide login gets at a unit the groups API places it at (ADR 030): a school's staff
 * start as teachers, a kindergarten's as kindergarten staff; the leader changes it if need be.
 */
export const feideDefaultRole: Record<UnitKind, Role> = {
  SCHOOL: 'TEACHER',
  KINDERGARTEN: 'KINDERGARTEN_STAFF',
}
