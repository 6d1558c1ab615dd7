import { getMaterialFile } from '@/features/networks/queries'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'
import { downloadResponse } from '@/server/http/download'

/** GET - a file shared in a network, for everyone who reads the network. 'read:partnership' and networkScope, as the network page. */
export async function GET(request: Request, { params }: { params: Promise<{ networkId: string; materialId: string }> }) {
  const actor = await getActor()
  if (!actor) return Response.redirect(new URL('/logg-inn', request.url), 303)
  if (!can(actor, 'read:partnership')) return new Response(null, { status: 403 })
  const { networkId, materialId } = await params
  const file = await getMaterialFile(await getDb(), actor, networkId, materialId)
  if (!file?.content || !file.fileName || !file.contentType) return new Response(null, { status: 404 })
  return downloadResponse(file.content, file.contentType, file.fileName)
}
