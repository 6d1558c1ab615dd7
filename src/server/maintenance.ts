import 'server-only'
import { pruneLoginAttempts } from '@/server/auth/login-attempts'
import { getDb } from '@/server/db'

const INTERVAL_MS = 6 * 60 * 60 * 1000

// On globalThis for the same reason as the outbox timer: the dev server may call register() again.
const state = globalThis as unknown as { samkompMaintenanceTimer?: NodeJS.Timeout }

async function runMaintenance() {
  try {
    const pruned = await pruneLoginAttempts(await getDb())
    if (pruned > 0) console.info(`[maintenance] removed ${pruned} login attempts past their retention`)
  } catch (error) {
    // Never take the server down for housekeeping; the next run tries again.
    console.error('[maintenance] pruning the login log failed', error)
  }
}

/** Housekeeping while the server runs: at start, then every six hours. Started from src/instrumentation.ts. */
export function startMaintenance(): void {
  if (state.samkompMaintenanceTimer) clearInterval(state.samkompMaintenanceTimer)
  void runMaintenance()
  const timer = setInterval(() => void runMaintenance(), INTERVAL_MS)
  timer.unref()
  state.samkompMaintenanceTimer = timer
}
