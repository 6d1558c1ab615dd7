import { randomUUID } from 'node:crypto'
import diagnostics from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'

/** The header that names a request in every log line about it, and in the response. */
export const REQUEST_ID_HEADER = 'x-request-id'

// A proxy's own id (nginx's $request_id, an ingress's) is kept so its log and ours join; anything
// else a client sent is replaced, so the log holds no arbitrary text under this name.
const PLAUSIBLE = /^[A-Za-z0-9._:-]{8,128}$/

function assign(message: unknown) {
  const { request, response } = message as { request: IncomingMessage; response: { setHeader(name: string, value: string): void } }
  const given = request.headers[REQUEST_ID_HEADER]
  const id = typeof given === 'string' && PLAUSIBLE.test(given) ? given : randomUUID()
  request.headers[REQUEST_ID_HEADER] = id
  response.setHeader(REQUEST_ID_HEADER, id)
}

const state = globalThis as unknown as { samkompRequestIds?: boolean }

/** Gives every HTTP request an id before Next.js sees it (Node's http.server.request.start channel). Called from src/server/boot.ts. */
export function assignRequestIds(): void {
  if (state.samkompRequestIds) return
  state.samkompRequestIds = true
  diagnostics.subscribe('http.server.request.start', assign)
}

/** The request's id from its headers, when there is one. */
export function requestIdOf(headers: Pick<Headers, 'get'> | Record<string, string | string[] | undefined>): string | undefined {
  const value = typeof (headers as Headers).get === 'function' ? (headers as Headers).get(REQUEST_ID_HEADER) : (headers as Record<string, unknown>)[REQUEST_ID_HEADER]
  return typeof value === 'string' ? value : undefined
}
