import { getGatheringCalendar } from '@/features/networks/queries'
import { gatheringIcs } from '@/features/networks/ics'
import { appUrl } from '@/server/email/app-url'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'
import { downloadResponse, fileSlug } from '@/server/http/download'

/** GET - the gathering as a calendar file, for a person who holds a seat. 'join:gatherings' and gatheringJoinScope. */
export async function GET(request: Request, { params }: { params: Promise<{ networkId: string; gatheringId: string }> }) {
  const actor = await getActor()
  if (!actor) return Response.redirect(new URL('/logg-inn', request.url), 303)
  if (!can(actor, 'join:gatherings')) return new Response(null, { status: 403 })
  const { networkId, gatheringId } = await params
  const g = await getGatheringCalendar(await getDb(), actor, gatheringId)
  if (!g || g.networkId !== networkId) return new Response(null, { status: 404 })
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
}
