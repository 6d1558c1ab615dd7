import 'server-only'
import { pruneLoginAttempts } from '@/server/auth/login-attempts'
import { getDb } from '@/server/db'
import type { Db } from '@/server/db/client'
import { runExclusive } from '@/server/db/job-lock'
import type { Tx } from '@/server/db/tenant'
import { pruneEmailOutbox } from '@/server/email/outbox-retention'
import { getLogger } from '@/server/log'

const INTERVAL_MS = 6 * 60 * 60 * 1000

// On globalThis for the same reason as the outbox timer: the dev server may call register() again.
const state = globalThis as unknown as { samkompMaintenanceTimer?: NodeJS.Timeout; samkompMaintenanceRun?: Promise<void> }

/** A housekeeping job: removes what is past its retention, or queues what is due, and says how many rows. */
export type THousekeepingJob = { name: string; run: (tx: Tx, now: Date) => Promise<number> }

/**
 * The platform's own jobs. A feature's job (the cycle's deadline reminders) is handed in by
 * src/instrumentation.ts through boot(): this layer imports no feature (tests/shape/layers.test.ts).
 */
const platformJobs: THousekeepingJob[] = [
  { name: 'prune-login-attempts', run: (db, now) => pruneLoginAttempts(db, now) },
  { name: 'prune-email-outbox', run: (db, now) => pruneEmailOutbox(db, now) },
]

export type THousekeepingResult = Record<string, { ran: boolean; removed?: number; failed?: boolean }>

/**
 * Runs every housekeeping job once, each under its own advisory lock (src/server/db/job-lock.ts):
 * every instance runs this at start and every six hours, and while one instance is at a job the
 * others skip it (ADR 034). A failing job is logged and the others still run.
 */
export async function housekeeping(db: Db, now = new Date(), featureJobs: THousekeepingJob[] = []): Promise<THousekeepingResult> {
  const result: THousekeepingResult = {}
  for (const job of [...platformJobs, ...featureJobs]) {
    try {
      // The job's statements run in the lock's transaction, so the lock covers exactly them.
      const outcome = await runExclusive(db, job.name, (tx) => job.run(tx, now))
      result[job.name] = outcome.ran ? { ran: true, removed: outcome.result } : { ran: false }
      if (outcome.ran && outcome.result > 0) getLogger().info({ job: job.name, removed: outcome.result }, 'maintenance: a job removed or queued rows')
    } catch (error) {
      // Never take the server down for housekeeping; the next run tries again.
      getLogger().error({ err: error, job: job.name }, 'maintenance: a housekeeping job failed')
      result[job.name] = { ran: true, failed: true }
    }
  }
  return result
}

function runMaintenance(featureJobs: THousekeepingJob[]): Promise<void> {
  state.samkompMaintenanceRun ??= getDb()
    .then((db) => housekeeping(db, new Date(), featureJobs))
    .then(() => undefined, (error: unknown) => getLogger().error({ err: error }, 'maintenance: no database'))
    .finally(() => {
      state.samkompMaintenanceRun = undefined
    })
  return state.samkompMaintenanceRun
}

/** Housekeeping while the server runs: at start, then every six hours. Started from src/instrumentation.ts. */
export function startMaintenance(featureJobs: THousekeepingJob[] = []): void {
  if (state.samkompMaintenanceTimer) clearInterval(state.samkompMaintenanceTimer)
  void runMaintenance(featureJobs)
  const timer = setInterval(() => void runMaintenance(featureJobs), INTERVAL_MS)
  timer.unref()
  state.samkompMaintenanceTimer = timer
}

/** Stops the housekeeping timer (graceful shutdown); returns the run in flight, if any, to wait for. */
export function stopMaintenance(): Promise<void> | undefined {
  if (state.samkompMaintenanceTimer) clearInterval(state.samkompMaintenanceTimer)
  state.samkompMaintenanceTimer = undefined
  return state.samkompMaintenanceRun
}
