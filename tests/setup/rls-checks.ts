import { expect } from 'vitest'
import type { Db } from '@/server/db/client'
import { unsafeWithAllTenants, withTenants } from '@/server/db/tenant'
import { tenantTables } from './tenant-tables'

/** Rows per tenant table with the given tenants visible, counted through row-level security. */
export async function visibleRows(db: Db, tenantIds: string[]) {
  return withTenants(db, tenantIds, async (tx) => {
    const counts: Record<string, { mine: number; others: number }> = {}
    for (const table of tenantTables) {
      const column = table === 'Partnership' ? 'id' : 'partnershipId'
      // The WHERE here is not a filter the app relies on: it only sorts what RLS let through.
      const [row] = await tx.$queryRawUnsafe<{ mine: bigint; others: bigint }[]>(
        `SELECT count(*) FILTER (WHERE "${column}" = ANY($1::uuid[])) AS mine,
                count(*) FILTER (WHERE NOT ("${column}" = ANY($1::uuid[]))) AS others
         FROM "${table}"`,
        tenantIds,
      )
      counts[table] = { mine: Number(row!.mine), others: Number(row!.others) }
    }
    return counts
  })
}

/** The checks both database kinds must pass, given a database with the demo data. */
export async function expectTenantWall(db: Db) {
  const [a, b] = await unsafeWithAllTenants(db, (tx) => tx.partnership.findMany({ orderBy: { slug: 'asc' } }))
  expect(a && b).toBeTruthy()

  // With tenant A set, every tenant table shows A's rows and 0 of B's.
  const seenByA = await visibleRows(db, [a!.id])
  for (const [table, { mine, others }] of Object.entries(seenByA)) {
    expect(others, `${table}: rows of another tenant`).toBe(0)
    if (['Partnership', 'PartnershipOwner', 'Forum', 'Network', 'NetworkUnit', 'GrantYear', 'Allocation'].includes(table)) {
      expect(mine, `${table}: own rows`).toBeGreaterThan(0)
    }
  }

  // With no tenant set, nothing at all; a query that "forgets" its filter sees only tenant A.
  const seenByNobody = await visibleRows(db, [])
  expect(Object.values(seenByNobody).every((c) => c.mine + c.others === 0)).toBe(true)
  const forgetful = await withTenants(db, [a!.id], (tx) => tx.forum.findMany())
  expect(forgetful.every((f) => f.partnershipId === a!.id)).toBe(true)

  // Writing into another tenant is refused by the database, and changing nothing.
  const before = await unsafeWithAllTenants(db, (tx) => tx.forum.count({ where: { partnershipId: b!.id } }))
  await expect(
    withTenants(db, [a!.id], (tx) => tx.forum.create({ data: { partnershipId: b!.id, name: 'Innbrudd' } })),
  ).rejects.toThrow(/row-level security/)
  // Moving a row of one's own tenant into another is refused too.
  const ownForum = await unsafeWithAllTenants(db, (tx) => tx.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnershipId: a!.id } }))
  await expect(
    withTenants(db, [a!.id], (tx) => tx.forum.update({ where: { id: ownForum.id }, data: { partnershipId: b!.id } })),
  ).rejects.toThrow(/row-level security/)
  // Another tenant's rows cannot be changed or deleted: to the query they do not exist.
  const theirs = await withTenants(db, [a!.id], (tx) => tx.forum.deleteMany({ where: { partnershipId: b!.id } }))
  expect(theirs.count).toBe(0)
  expect(await unsafeWithAllTenants(db, (tx) => tx.forum.count({ where: { partnershipId: b!.id } }))).toBe(before)
}

/**
 * Membership and AuditLog (partlyTenantTables): with tenant A set, B's rows are invisible and
 * cannot be written, the rows of no tenant stay visible, and with no context only those show.
 */
export async function expectPartlyTenantWall(db: Db) {
  const [a, b] = await unsafeWithAllTenants(db, (tx) => tx.partnership.findMany({ orderBy: { slug: 'asc' } }))
  const [person] = await unsafeWithAllTenants(db, (tx) => tx.user.findMany({ take: 1, orderBy: { email: 'asc' } }))
  const mark = `rls-${crypto.randomUUID()}`
  await unsafeWithAllTenants(db, async (tx) => {
    for (const p of [a!, b!]) {
      await tx.membership.create({ data: { userId: person!.id, role: 'FORUM_MEMBER', partnershipId: p.id } })
      await tx.auditLog.create({ data: { action: mark, entity: 'Test', entityId: p.id, partnershipId: p.id } })
    }
    await tx.auditLog.create({ data: { action: mark, entity: 'Test', entityId: 'none' } })
  })
  const seen = (tenantIds: string[]) =>
    withTenants(db, tenantIds, async (tx) => ({
      memberships: (await tx.membership.findMany({ where: { userId: person!.id, role: 'FORUM_MEMBER', partnershipId: { not: null } } })).map((m) => m.partnershipId),
      audit: (await tx.auditLog.findMany({ where: { action: mark }, orderBy: { id: 'asc' } })).map((r) => r.partnershipId),
      shared: await tx.membership.count({ where: { partnershipId: null } }),
    }))
  const byA = await seen([a!.id])
  expect(byA.memberships).toEqual([a!.id])
  expect(byA.audit).toEqual([a!.id, null])
  expect(byA.shared).toBeGreaterThan(0)
  const byNobody = await seen([])
  expect(byNobody.memberships).toEqual([])
  expect(byNobody.audit).toEqual([null])
  expect(byNobody.shared).toBe(byA.shared)

  // Writing B's rows from A's context is refused; changing or ending B's membership finds nothing.
  await expect(withTenants(db, [a!.id], (tx) => tx.membership.create({ data: { userId: person!.id, role: 'FORUM_MEMBER', partnershipId: b!.id } }))).rejects.toThrow(/row-level security/)
  await expect(withTenants(db, [a!.id], (tx) => tx.auditLog.create({ data: { action: mark, entity: 'Test', entityId: 'x', partnershipId: b!.id } }))).rejects.toThrow(/row-level security/)
  const ended = await withTenants(db, [a!.id], (tx) => tx.membership.updateMany({ where: { partnershipId: b!.id }, data: { endedAt: new Date() } }))
  expect(ended.count).toBe(0)
  // Moving A's membership to B is refused too.
  await expect(
    withTenants(db, [a!.id], (tx) => tx.membership.updateMany({ where: { userId: person!.id, partnershipId: a!.id }, data: { partnershipId: b!.id } })),
  ).rejects.toThrow(/row-level security/)
}
