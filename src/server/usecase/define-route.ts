import 'server-only'
import { getActor } from '@/server/auth'
import { can, type Actor } from '@/server/authz/actor'
import type { Permission } from '@/server/authz/permissions'
import { getDb } from '@/server/db'
import type { Db } from '@/server/db/client'
import type { TEntryDeclaration } from './access'
import { paramsHoldNul } from './request-text'

export interface TRouteContext<P> {
  request: Request
  actor: Actor
  db: Db
  params: P
}

export type TRouteHandler<P> = ((request: Request, context: { params: Promise<P> }) => Promise<Response>) & { declaration: TEntryDeclaration }

/**
 * A route handler behind a login (a download), declared once: no session goes to the login page,
 * no permission gets 403, and whatever `handle` cannot find for this actor (it reads through the
 * scopes) gets 404, the same as a file that does not exist, so another tenant's ids reveal nothing.
 */
export function defineRoute<P extends Record<string, string>>(
  declaration: { route: string; permission: Permission },
  handle: (context: TRouteContext<P>) => Promise<Response | null>,
): TRouteHandler<P> {
  const handler = async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const actor = await getActor()
    if (!actor) return Response.redirect(new URL('/logg-inn', request.url), 303)
    if (!can(actor, declaration.permission)) return new Response(null, { status: 403 })
    const params = await context.params
    // A NUL in an id would reach PostgreSQL, which refuses it: no file has such an id (request-text.ts).
    if (paramsHoldNul(params)) return new Response(null, { status: 404 })
    const response = await handle({ request, actor, db: await getDb(), params })
    return response ?? new Response(null, { status: 404 })
  }
  return Object.assign(handler, { declaration: { name: declaration.route, access: declaration.permission } })
}

/** A route anyone may call (Auth.js's own endpoints), declared so the surface lists it. */
export function definePublicRoute<H extends (...args: never[]) => Promise<Response>>(route: string, handler: H): H & { declaration: TEntryDeclaration } {
  return Object.assign(handler, { declaration: { name: route, access: 'public' as const } })
}
