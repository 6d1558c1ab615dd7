import { getGatheringCalendar } from '@/features/networks/downloads'
import { gatheringIcs } from '@/features/networks/ics'
import { gatheringPath } from '@/features/networks/paths'
import { appUrl } from '@/server/email/app-url'
import { downloadResponse, fileSlug } from '@/server/http/download'
import { defineRoute } from '@/server/usecase/define-route'

/**
 * GET - the gathering as a calendar file, for a person who holds a seat. read:partnership is
 * everyone's who reads networks; the seat and gatheringJoinScope decide (getGatheringCalendar).
 */
export const GET = defineRoute<{ networkId: string; gatheringId: string }>(
  { route: '/nettverk/[networkId]/samlinger/[gatheringId]/kalender.ics', permission: 'read:partnership' },
  async ({ actor, db, params: { networkId, gatheringId } }) => {
    const g = await getGatheringCalendar(db, actor, gatheringId)
    if (!g || g.networkId !== networkId) return null
    const url = appUrl(gatheringPath(g.networkId, g.id))
    const body = gatheringIcs({
      uid: `gathering-${g.id}@samkomp.no`,
      stampedAt: new Date(),
      startsAt: g.startsAt,
      endsAt: g.endsAt,
      summary: `${g.title} (${g.network.name})`,
      location: g.place,
      description: [g.programme, url].filter(Boolean).join('\n\n'),
      url,
    })
    return downloadResponse(new TextEncoder().encode(body), 'text/calendar; charset=utf-8', `${fileSlug(g.title)}.ics`)
  },
)
