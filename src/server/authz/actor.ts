import { cache } from 'react'
import type { OrganisationKind, Prisma, Role } from '@/generated/prisma/client'
import type { Db } from '@/server/db/client'
import { unsafeWithAllTenants } from '@/server/db/tenant'
import { rolePermissions, type Permission } from './permissions'

/** Who is asking: a person and their active memberships. Built once per request. */
export interface Actor {
  userId: string
  name: string
  locale: string
  memberships: TActorMembership[]
}

export interface TActorMembership {
  id: string
  /** The person the membership belongs to: places such as a UH facilitator's reach through rows naming them. */
  userId: string
  role: Role
  organisationId: string | null
  organisationKind: OrganisationKind | null
  organisationName: string | null
  /** For county governor staff: the office whose counties they see. */
  governorOfficeId: string | null
  unitId: string | null
  unitName: string | null
  partnershipId: string | null
}

export class ForbiddenError extends Error {
  constructor(permission: Permission) {
    super(`Forbidden: missing ${permission}`)
  }
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.memberships.some((m) => rolePermissions[m.role].includes(permission))
}

/** Throws unless one of the actor's memberships grants the permission. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new ForbiddenError(permission)
}

/** What an actor is read from: the user's name and language, and its active memberships (one statement with relation joins). */
export const actorMembershipsSelect = {
  where: { endedAt: null },
  orderBy: { createdAt: 'asc' },
  select: {
    id: true,
    role: true,
    organisationId: true,
    organisation: { select: { kind: true, name: true, governorOfficeId: true } },
    unitId: true,
    unit: { select: { name: true } },
    partnershipId: true,
  },
} satisfies Prisma.User$membershipsArgs

type TActorRow = { id: string; name: string; locale: string; disabledAt: Date | null; memberships: Prisma.MembershipGetPayload<{ select: (typeof actorMembershipsSelect)['select'] }>[] }

/** The actor of a user row read with actorMembershipsSelect; null for a disabled user. */
export function toActor(user: TActorRow): Actor | null {
  if (user.disabledAt) return null
  return {
    userId: user.id,
    name: user.name,
    locale: user.locale,
    memberships: user.memberships.map((m) => ({
      id: m.id,
      userId: user.id,
      role: m.role,
      organisationId: m.organisationId,
      organisationKind: m.organisation?.kind ?? null,
      organisationName: m.organisation?.name ?? null,
      governorOfficeId: m.organisation?.governorOfficeId ?? null,
      unitId: m.unitId,
      unitName: m.unit?.name ?? null,
      partnershipId: m.partnershipId,
    })),
  }
}

/**
 * Actors read together with the request's session (the auth adapter reads the session, the user
 * and its memberships in one statement and leaves the actor here), so getActor need not read them
 * again. Kept for one request (React's cache); outside a request it holds nothing for long.
 */
export const requestActors = cache(() => new Map<string, Actor | null>())

/** Loads a user's active memberships; null for an unknown or disabled user. */
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  // Note: every tenant visible, for the same reason as the session read (src/server/auth/adapter.ts):
  // the actor's own memberships decide their tenants, so they are read before any context exists.
  const user = await unsafeWithAllTenants(db, (tx) =>
    tx.user.findUnique({
      where: { id: userId },
      select: { id: true, name: true, locale: true, disabledAt: true, memberships: actorMembershipsSelect },
    }),
  )
  return user ? toActor(user) : null
}
