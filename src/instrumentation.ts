import type { Instrumentation } from 'next'

/**
 * Runs once when a Next.js server process starts (Next's instrumentation hook).
 *
 * First checks the settings (src/server/settings.ts): a bad configuration stops the boot here,
 * with a message naming the variable, rather than at the first request that needs it. Then, before
 * the first request, gives each request an id and its socket address (src/server/http/), starts
 * the outbox's periodic delivery (src/server/email/worker.ts) and the housekeeping timer
 * (src/server/maintenance.ts), and installs the graceful shutdown (src/server/shutdown.ts).
 * Node.js runtime only: the edge runtime has no SMTP, and `next build` also calls register() in
 * its prerendering workers, which must not open the database or poll it.
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
  const { assignRequestIds } = await import('./server/http/request-id')
  assignRequestIds()
  // The socket's address for the login rate limit (src/server/http/client-address.ts).
  const { recordSocketAddresses } = await import('./server/http/client-address')
  recordSocketAddresses()
  const { startOutboxWorker, stopOutboxWorker, outboxRunInFlight } = await import('./server/email/worker')
  startOutboxWorker()
  const { startMaintenance, stopMaintenance } = await import('./server/maintenance')
  startMaintenance()

  const { createShutdown, installShutdown } = await import('./server/shutdown')
  const { closeDb } = await import('./server/db')
  const { markShuttingDown } = await import('./server/operations/readiness')
  const { getLogger } = await import('./server/log')
  let maintenanceRun: Promise<void> | undefined
  installShutdown(
    createShutdown({
      markShuttingDown,
      stopTimers: () => {
        stopOutboxWorker()
        maintenanceRun = stopMaintenance()
      },
      inFlight: () => [outboxRunInFlight(), maintenanceRun],
      close: closeDb,
      log: (message, data) => getLogger().info(data ?? {}, message),
    }),
  )
  getLogger().info({ node: process.version }, 'started')
}

/** Every error a request ends in (render, action, route handler), as one JSON log line with the request's id. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getLogger } = await import('./server/log')
  const { requestIdOf } = await import('./server/http/request-id')
  const err = error as Error & { digest?: string }
  getLogger().error(
    {
      reqId: requestIdOf(request.headers),
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      digest: err.digest,
      err: { name: err.name, message: err.message, stack: err.stack },
    },
    'request failed',
  )
}
