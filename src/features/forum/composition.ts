import type { CompositionRule } from '@/generated/prisma/enums'
import type { Tx } from '@/server/db/tenant'
import { membersOn } from './members-on'

/**
 * The member municipalities a body lacks under its composition rule on a day (issue 20): for "one
 * per municipality", each municipality that owns schools in the partnership (not left) without a
 * principal member (not a deputy) from its own organisation whose period covers the day. The county
 * municipality and private owners are not member municipalities. One statement; nothing without a rule.
 */
export async function missingOwners(tx: Tx, body: { id: string; partnershipId: string; compositionRule: CompositionRule }, day: Date): Promise<{ id: string; name: string }[]> {
  if (body.compositionRule !== 'ONE_PER_MUNICIPALITY') return []
  return tx.organisation.findMany({
    where: {
      kind: 'MUNICIPALITY',
      partnershipOwners: { some: { partnershipId: body.partnershipId, leftOn: null } },
      forumMembers: { none: { ...membersOn(body.id, day), isDeputy: false } },
    },
    orderBy: { name: 'asc' },
    take: 500,
    select: { id: true, name: true },
  })
}
