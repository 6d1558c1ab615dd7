/**
 * Graceful shutdown (docs/decisions/027-health-logs-shutdown.md). On SIGTERM an instance must stop
 * starting background work, let the work it has started end, and close its database connection
 * last, so an orchestrator's rolling deploy loses nothing and leaves no connection behind.
 */
export interface TShutdownParts {
  /** Stops the timers (outbox delivery, housekeeping), so no new background run starts. */
  stopTimers(): void
  /** The background runs in flight: waited for, at most `timeoutMs`. */
  inFlight(): (Promise<unknown> | undefined)[]
  /** Closes the database connection (the pool, or the embedded database). */
  close(): Promise<void>
  /** Said when the shutdown begins: from then on /api/ready answers 503. */
  markShuttingDown(): void
  log(message: string, data?: Record<string, unknown>): void
}

export interface TShutdown {
  /** At the signal: not ready, no new background work. */
  begin(): void
  /** Once no request is left: wait for the runs in flight, then close the database. Runs once. */
  finish(): Promise<void>
}

export function createShutdown(parts: TShutdownParts, { timeoutMs = 10_000 } = {}): TShutdown {
  let begun = false
  let finishing: Promise<void> | undefined
  const begin = () => {
    if (begun) return
    begun = true
    parts.markShuttingDown()
    parts.stopTimers()
    parts.log('shutting down: timers stopped, not ready')
  }
  const finish = () => {
    begin()
    finishing ??= (async () => {
      const runs = parts.inFlight().filter((p): p is Promise<unknown> => p !== undefined)
      let timer: NodeJS.Timeout | undefined
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), timeoutMs)
      })
      const outcome = await Promise.race([Promise.allSettled(runs).then(() => 'done' as const), late])
      clearTimeout(timer)
      if (outcome === 'late') parts.log('shutting down: background work still running after the timeout; closing anyway', { timeoutMs })
      try {
        await parts.close()
      } catch (error) {
        parts.log('shutting down: closing the database failed', { error: error instanceof Error ? error.message : String(error) })
      }
      parts.log('shut down', { waitedFor: runs.length })
    })()
    return finishing
  }
  return { begin, finish }
}

/**
 * Wires the shutdown to SIGTERM and SIGINT. `next start` has its own handler, which closes the
 * HTTP server, waits for the requests in flight and for `after()` work, and then calls
 * process.exit; the database must close after that, and before the process ends.
 *
 * Note: so at the signal this begins the shutdown and wraps process.exit once, to finish it before
 * exiting with Next's code. When nothing else handles the signal (NEXT_MANUAL_SIG_HANDLE), it
 * finishes and exits itself.
 */
export function installShutdown(shutdown: TShutdown, proc: NodeJS.Process = process): void {
  const onSignal = (signal: NodeJS.Signals) => {
    shutdown.begin()
    const exit = proc.exit.bind(proc)
    proc.exit = ((code?: number) => {
      void shutdown.finish().finally(() => exit(code))
    }) as typeof proc.exit
    if (proc.listenerCount(signal) === 0) proc.exit(signal === 'SIGINT' ? 130 : 143)
  }
  proc.once('SIGTERM', onSignal)
  proc.once('SIGINT', onSignal)
}
