import { z } from 'zod'
import { OrganisationKind, Role } from '@/generated/prisma/enums'
import type { Db } from '@/server/db/client'

// JSON has no dates: PostgreSQL writes a `timestamp` (UTC, without zone) as "2026-12-03T18:20:32.123".
const ZTimestamp = z.string().transform((s) => new Date(/(Z|[+-]\d\d:\d\d)$/.test(s) ? s : `${s}Z`))

const ZSessionRead = z.object({
  session: z.object({ userId: z.string(), expires: ZTimestamp, createdAt: ZTimestamp }),
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    emailVerified: ZTimestamp.nullable(),
    image: z.string().nullable(),
    locale: z.string(),
    disabledAt: ZTimestamp.nullable(),
  }),
  memberships: z.array(
    z.object({
      id: z.string(),
      role: z.enum(Role),
      organisationId: z.string().nullable(),
      organisation: z.object({ kind: z.enum(OrganisationKind), name: z.string(), governorOfficeId: z.string().nullable() }).nullable(),
      unitId: z.string().nullable(),
      unit: z.object({ name: z.string() }).nullable(),
      partnershipId: z.string().nullable(),
    }),
  ),
})

/**
 * A session by its token's hash, with its person and their active memberships, in one statement:
 * the database function samkomp_session (migration 20261203183000_session_read) sees every tenant
 * for its own duration only, since the memberships are what the tenant context is made from. In the
 * shape the adapter's Prisma read had (actorMembershipsSelect), so toActor takes it as it is.
 */
export async function readSessionRow(db: Db, tokenHash: string) {
  const [row] = await db.$queryRaw<{ data: unknown }[]>`SELECT "samkomp_session"(${tokenHash}) AS data`
  if (!row?.data) return null
  const { session, user, memberships } = ZSessionRead.parse(row.data)
  return { ...session, user: { ...user, memberships } }
}
