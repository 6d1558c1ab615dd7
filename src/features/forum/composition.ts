import type { CompositionRule } from '@/generated/prisma/enums'
import type { Tx } from '@/server/db/tenant'
import { membersOn } from './members-on'

/**
 * The school owners a body lacks under its composition rule on a day (issue 20): for "one per
 * owner", each owner of the partnership (not left) without a principal member (not a deputy) from
 * its own organisation whose period covers the day. One statement; nothing for a body without a rule.
 */
export async function missingOwners(tx: Tx, body: { id: string; partnershipId: string; compositionRule: CompositionRule }, day: Date): Promise<{ id: string; name: string }[]> {
  if (body.compositionRule !== 'ONE_PER_OWNER') return []
  return tx.organisation.findMany({
    where: {
      partnershipOwners: { some: { partnershipId: body.partnershipId, leftOn: null } },
      forumMembers: { none: { ...membersOn(body.id, day), isDeputy: false } },
    },
    orderBy: { name: 'asc' },
    take: 500,
    select: { id: true, name: true },
  })
}
