import type { Role } from '@/generated/prisma/client'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { grantableRoles, membershipManageScope, organisationManageScope, partnershipManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { ZMembershipSearch } from './schemas'

export const MEMBERSHIP_PAGE_SIZE = 100

export interface TManagedMembership {
  id: string
  personName: string
  email: string | null
  role: Role
  place: string | null
  startsOn: Date
  isSelf: boolean
}

export interface TMembershipAdmin {
  memberships: TManagedMembership[]
  total: number
  grantableRoles: Role[]
  options: {
    governorOffices: TOption[]
    owners: TOption[]
    universities: TOption[]
    partnerships: TOption[]
  }
}
export interface TOption {
  id: string
  name: string
}

/**
 * The administration page's data: the active memberships this actor administers (first
 * MEMBERSHIP_PAGE_SIZE, filtered by a name or e-mail search) and the places they may invite into.
 * A fixed number of queries whatever the data size.
 */
export async function getMembershipAdmin(db: Db, actor: Actor, search: unknown = {}): Promise<TMembershipAdmin> {
  requirePermission(actor, 'manage:membership')
  const q = ZMembershipSearch.safeParse(search).data?.q
  const where = {
    AND: [
      { endedAt: null },
      membershipManageScope(actor),
      q ? { user: { OR: [{ name: { contains: q, mode: 'insensitive' as const } }, { email: { contains: q, mode: 'insensitive' as const } }] } } : {},
    ],
  }
  const organisations = organisationManageScope(actor)
  return withActorTenants(db, actor, async (tx) => {
    const [rows, total, orgs, partnerships] = await Promise.all([
      tx.membership.findMany({
        where,
        orderBy: [{ user: { name: 'asc' } }, { createdAt: 'asc' }],
        take: MEMBERSHIP_PAGE_SIZE,
        select: {
          id: true,
          role: true,
          startsOn: true,
          userId: true,
          user: { select: { name: true, email: true } },
          organisation: { select: { name: true } },
          unit: { select: { name: true } },
          partnership: { select: { name: true } },
        },
      }),
      tx.membership.count({ where }),
      tx.organisation.findMany({
        where: { AND: [organisations, { kind: { in: ['COUNTY_GOVERNOR', 'MUNICIPALITY', 'COUNTY_MUNICIPALITY', 'PRIVATE_OWNER', 'UNIVERSITY'] } }] },
        orderBy: { name: 'asc' },
        take: 2000,
        select: { id: true, name: true, kind: true },
      }),
      tx.partnership.findMany({ where: partnershipManageScope(actor), orderBy: { name: 'asc' }, take: 500, select: { id: true, name: true } }),
    ])
    const pick = (...kinds: string[]) => orgs.filter((o) => kinds.includes(o.kind)).map(({ id, name }) => ({ id, name }))
    return {
      memberships: rows.map((m) => ({
        id: m.id,
        personName: m.user.name,
        email: m.user.email,
        role: m.role,
        place: [m.unit?.name, m.organisation?.name, m.partnership?.name].filter(Boolean).join(' – ') || null,
        startsOn: m.startsOn,
        isSelf: m.userId === actor.userId,
      })),
      total,
      grantableRoles: grantableRoles(actor),
      options: {
        governorOffices: pick('COUNTY_GOVERNOR'),
        owners: pick('MUNICIPALITY', 'COUNTY_MUNICIPALITY', 'PRIVATE_OWNER'),
        universities: pick('UNIVERSITY'),
        partnerships,
      },
    }
  })
}
