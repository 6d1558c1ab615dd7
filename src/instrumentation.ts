/**
 * Runs once when a Next.js server process starts (Next's instrumentation hook).
 *
 * First checks the settings (src/server/settings.ts): a bad configuration stops the boot here,
 * with a message naming the variable, rather than at the first request that needs it. Then starts
 * the outbox's periodic delivery (src/server/email/worker.ts) and the housekeeping timer
 * (src/server/maintenance.ts: the login log's retention) in the Node.js runtime only:
 * the edge runtime has no SMTP, and `next build` also calls register() in its prerendering
 * workers, which must not open the database or poll it.
 */
export async function register() {
  // Next's own variables, read as Next documents it (inlined per runtime when it compiles this file).
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { settings, SettingsError } = await import('./server/settings')
  try {
    settings()
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error
    // Note: said plainly on stderr and the process ends: Next would otherwise print a stack trace
    // and go on answering every request with 500.
    console.error(error.message)
    process.exit(1)
  }
  // Before the first request: the socket's address for the login rate limit (src/server/http/client-address.ts).
  const { recordSocketAddresses } = await import('./server/http/client-address')
  recordSocketAddresses()
  const { startOutboxWorker } = await import('./server/email/worker')
  startOutboxWorker()
  const { startMaintenance } = await import('./server/maintenance')
  startMaintenance()
}
