import type { Db } from '@/server/db/client'
import { unsafeWithAllTenants, type Tx } from '@/server/db/tenant'

export interface TPublicPartnership {
  slug: string
  name: string
  countyName: string
  ownerCount: number
  unitCount: number
  universities: string[]
  periodStart: Date
  periodEnd: Date | null
}

export interface TPublicOverview {
  partnershipCount: number
  ownerCount: number
  unitCount: number
  networkCount: number
  partnerships: TPublicPartnership[]
}

/**
 * The front page's figures. Only aggregates and names of public bodies: nothing about people.
 *
 * Note: deliberately unscoped (no actor, all tenants) because every figure here is public
 * information about public bodies. Bounded to six queries whatever the data size: the unit count
 * per partnership is one grouped query, not one per partnership.
 */
export async function getPublicOverview(db: Db, limit = 50): Promise<TPublicOverview> {
  return unsafeWithAllTenants(db, (tx) => readOverview(tx, limit))
}

async function readOverview(db: Tx, limit: number): Promise<TPublicOverview> {
  const [partnershipCount, ownerCount, unitCount, networkCount, partnerships] = await Promise.all([
    db.partnership.count(),
    db.partnershipOwner.findMany({ distinct: ['ownerId'], select: { ownerId: true } }).then((r) => r.length),
    db.unit.count({ where: { active: true } }),
    db.network.count(),
    db.partnership.findMany({
      orderBy: [{ county: { number: 'asc' } }, { name: 'asc' }],
      take: limit,
      select: {
        id: true,
        slug: true,
        name: true,
        periodStart: true,
        periodEnd: true,
        county: { select: { name: true } },
        _count: { select: { owners: true } },
        universities: { select: { university: { select: { shortName: true, name: true } } } },
      },
    }),
  ])

  const unitCounts = await db.$queryRaw<{ partnershipId: string; units: bigint }[]>`
    SELECT po."partnershipId", count(u.id) AS units
    FROM "PartnershipOwner" po
    JOIN "Unit" u ON u."ownerId" = po."ownerId" AND u.active
    WHERE po."partnershipId" = ANY(${partnerships.map((p) => p.id)}::uuid[])
    GROUP BY po."partnershipId"`
  const unitsByPartnership = new Map(unitCounts.map((r) => [r.partnershipId, Number(r.units)]))

  return {
    partnershipCount,
    ownerCount,
    unitCount,
    networkCount,
    partnerships: partnerships.map((p) => ({
      slug: p.slug,
      name: p.name,
      countyName: p.county.name,
      ownerCount: p._count.owners,
      unitCount: unitsByPartnership.get(p.id) ?? 0,
      universities: p.universities.map((u) => u.university.shortName ?? u.university.name),
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
    })),
  }
}
