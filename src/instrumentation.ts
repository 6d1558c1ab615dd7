import type { Instrumentation } from 'next'

/**
 * Next.js's instrumentation hook: runs once when a server process starts. The work is in
 * src/server/boot.ts (settings checked, request ids and socket addresses, the outbox and
 * housekeeping timers, graceful shutdown), in the Node.js runtime only: the edge runtime has no
 * SMTP, and `next build` also calls register() in its prerendering workers, which must not open
 * the database or poll it.
 */
export async function register() {
  // Next's own variables, read as Next documents it (inlined per runtime when it compiles this file).
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ boot }, { housekeepingJobs }] = await Promise.all([import('./server/boot'), import('./features/housekeeping-jobs')])
  boot({ housekeepingJobs })
}

/** Every error a request ends in, logged with the request's id (src/server/boot.ts). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { reportRequestError } = await import('./server/boot')
  reportRequestError(error, request, context)
}
