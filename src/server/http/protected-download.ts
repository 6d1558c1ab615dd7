import 'server-only'
import { getActor } from '@/server/auth'
import { can, type Actor } from '@/server/authz/actor'
import type { Permission } from '@/server/authz/permissions'

export { CONTENT_TYPES } from './download'

/**
 * A route handler's answer for a file behind a login: no session goes to the login page, no
 * permission gets 403, and whatever `make` cannot find for this actor (it reads through the
 * scopes) gets 404, the same as a file that does not exist, so another tenant's ids reveal nothing.
 */
export async function protectedDownload(request: Request, permission: Permission, make: (actor: Actor) => Promise<Response | null>): Promise<Response> {
  const actor = await getActor()
  if (!actor) return Response.redirect(new URL('/logg-inn', request.url), 303)
  if (!can(actor, permission)) return new Response(null, { status: 403 })
  return (await make(actor)) ?? new Response(null, { status: 404 })
}
