import type { OrganisationKind, Role, UnitKind } from '@/generated/prisma/client'

/**
 * What a membership of each role points to, and so where its access comes from (the scope
 * helpers in src/server/authz/scopes.ts read the same fields).
 */
export type TRoleTarget =
  | { kind: 'none' }
  | { kind: 'organisation'; organisationKinds: readonly OrganisationKind[] }
  | { kind: 'partnership' }
  | { kind: 'unit'; unitKind: UnitKind }

const OWNER_KINDS: readonly OrganisationKind[] = ['MUNICIPALITY', 'COUNTY_MUNICIPALITY', 'PRIVATE_OWNER']

export const roleTarget: Record<Role, TRoleTarget> = {
  PLATFORM_ADMIN: { kind: 'none' },
  COUNTY_GOVERNOR_STAFF: { kind: 'organisation', organisationKinds: ['COUNTY_GOVERNOR'] },
  FORUM_SECRETARIAT: { kind: 'partnership' },
  FORUM_MEMBER: { kind: 'partnership' },
  UNIVERSITY_PARTNER: { kind: 'organisation', organisationKinds: ['UNIVERSITY'] },
  SCHOOL_OWNER: { kind: 'organisation', organisationKinds: OWNER_KINDS },
  PRINCIPAL: { kind: 'unit', unitKind: 'SCHOOL' },
  KINDERGARTEN_HEAD: { kind: 'unit', unitKind: 'KINDERGARTEN' },
  TEACHER: { kind: 'unit', unitKind: 'SCHOOL' },
  KINDERGARTEN_STAFF: { kind: 'unit', unitKind: 'KINDERGARTEN' },
  RESOURCE_TEACHER: { kind: 'unit', unitKind: 'SCHOOL' },
  UH_FACILITATOR: { kind: 'organisation', organisationKinds: ['UNIVERSITY'] },
}

/** A role may be changed into another only when both point to the same kind of place. */
export function sameTarget(a: Role, b: Role): boolean {
  return JSON.stringify(roleTarget[a]) === JSON.stringify(roleTarget[b])
}
