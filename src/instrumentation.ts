/**
 * Runs once when a Next.js server process starts (Next's instrumentation hook).
 *
 * Starts the outbox's periodic delivery (src/server/email/worker.ts) and the housekeeping timer
 * (src/server/maintenance.ts: the login log's retention) in the Node.js runtime only:
 * the edge runtime has no SMTP, and `next build` also calls register() in its prerendering
 * workers, which must not open the database or poll it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startOutboxWorker } = await import('./server/email/worker')
  startOutboxWorker()
  const { startMaintenance } = await import('./server/maintenance')
  startMaintenance()
}
