import diagnostics from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { settings } from '@/server/settings'

/**
 * The header that carries the address of the TCP peer into the app. Next.js gives a route or an
 * action only the request's headers, and fills X-Forwarded-For from the socket only when the
 * client did not send one, so a client could otherwise choose its own address.
 */
export const SOCKET_ADDRESS_HEADER = 'x-samkomp-socket-address'

function recordPeer(message: unknown) {
  const { request, socket } = message as { request: IncomingMessage; socket: Socket }
  // Set on every request, over whatever the client sent under that name.
  request.headers[SOCKET_ADDRESS_HEADER] = socket.remoteAddress ?? 'unknown'
}

const state = globalThis as unknown as { samkompPeerRecorded?: boolean }

/**
 * Copies each HTTP request's socket address into SOCKET_ADDRESS_HEADER before Next.js sees it,
 * through Node's public diagnostics channel for incoming requests (published just before the
 * server's 'request' event). Called once from src/server/boot.ts.
 */
export function recordSocketAddresses(): void {
  if (state.samkompPeerRecorded) return
  state.samkompPeerRecorded = true
  diagnostics.subscribe('http.server.request.start', recordPeer)
}

/**
 * The client's address, trusting exactly `hops` proxies in front of the app (TRUSTED_PROXY_HOPS,
 * docs/decisions/009-login-rate-limit.md): 0 is the socket's peer; N is the Nth entry of
 * X-Forwarded-For from the right, the one the outermost trusted proxy appended. With fewer
 * entries than hops the furthest one is taken, as Express's `trust proxy` does.
 *
 * Note: every entry left of the trusted ones is whatever the client wrote, so it is never read;
 * with hops 0 X-Forwarded-For is not read at all.
 */
export function clientAddress(headers: Pick<Headers, 'get'>, hops = settings().TRUSTED_PROXY_HOPS): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean) ?? []
  const chain = [headers.get(SOCKET_ADDRESS_HEADER) ?? 'unknown', ...forwarded.reverse()]
  return chain[Math.min(hops, chain.length - 1)]!
}
