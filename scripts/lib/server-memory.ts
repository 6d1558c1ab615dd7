/**
 * V8's heap limits for the production server (ADR 035): `npm start` sets them, and the bench and
 * the e2e suite start `next start` with the same, so what they measure and test is what runs.
 *
 * Why: V8 sizes its old generation from the machine's memory (about 4 GB on 24 GiB) and collects
 * lazily, so `next start` grew to 700–780 MB under one connection's serial requests (measured on
 * national data): garbage, not live data. Capped, it collects sooner; the live set of 50
 * concurrent dashboard renders fits well within the cap (issue 14 asks for ≤ 400 MB RSS).
 * The young generation's semi-space is small for the same reason; 2 MB cost throughput here.
 */
export const SERVER_NODE_OPTIONS = '--max-old-space-size=224 --max-semi-space-size=4'

/** The server's NODE_OPTIONS: ours first, so that an operator's own NODE_OPTIONS (later) win. */
export function serverNodeOptions(own: string | undefined): string {
  return own?.trim() ? `${SERVER_NODE_OPTIONS} ${own.trim()}` : SERVER_NODE_OPTIONS
}
