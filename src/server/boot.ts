import { settings, SettingsError } from './settings'
import { assignRequestIds, requestIdOf } from './http/request-id'
import { recordSocketAddresses } from './http/client-address'
import { outboxRunInFlight, startOutboxWorker, stopOutboxWorker } from './email/worker'
import { startMaintenance, stopMaintenance, type THousekeepingJob } from './maintenance'
import { createShutdown, installShutdown } from './shutdown'
import { closeDb } from './db'
import { markShuttingDown } from './operations/readiness'
import { getLogger } from './log'

/**
 * A server process's start, in the Node.js runtime (called by src/instrumentation.ts's register()).
 *
 * First checks the settings (src/server/settings.ts): a bad configuration stops the boot here,
 * with a message naming the variable, rather than at the first request that needs it. Then, before
 * the first request, gives each request an id and its socket address (src/server/http/), starts
 * the outbox's periodic delivery (src/server/email/worker.ts) and the housekeeping timer
 * (src/server/maintenance.ts), and installs the graceful shutdown (src/server/shutdown.ts).
 */
export function boot(options: { housekeepingJobs?: THousekeepingJob[] } = {}): void {
  try {
    settings()
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error
    // Note: said plainly on stderr and the process ends: Next would otherwise print a stack trace
    // and go on answering every request with 500.
    console.error(error.message)
    process.exit(1)
  }
  assignRequestIds()
  // The socket's address for the login rate limit (src/server/http/client-address.ts).
  recordSocketAddresses()
  startOutboxWorker()
  startMaintenance(options.housekeepingJobs)
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
export function reportRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
): void {
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
