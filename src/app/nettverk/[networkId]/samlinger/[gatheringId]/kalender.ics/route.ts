import { getGatheringCalendar } from '@/features/networks/queries'
import { gatheringIcs } from '@/features/networks/ics'
import { appUrl } from '@/server/email/app-url'
import { getDb } from '@/server/db'
import { downloadResponse, fileSlug } from '@/server/http/download'
import { protectedDownload } from '@/server/http/protected-download'

/** GET - the gathering as a calendar file, for a person who holds a seat. 'join:gatherings' and gatheringJoinScope. */
export async function GET(request: Request, { params }: { params: Promise<{ networkId: string; gatheringId: string }> }) {
  const { networkId, gatheringId } = await params
  return protectedDownload(request, 'join:gatherings', async (actor) => {
    const g = await getGatheringCalendar(await getDb(), actor, gatheringId)
    if (!g || g.networkId !== networkId) return null
    const url = appUrl(`/nettverk/${g.networkId}/samlinger/${g.id}`)
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
  })
}
