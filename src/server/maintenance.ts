import 'server-only'
import { pruneLoginAttempts } from '@/server/auth/login-attempts'
import { getDb } from '@/server/db'
import { getLogger } from '@/server/log'

const INTERVAL_MS = 6 * 60 * 60 * 1000

// On globalThis for the same reason as the outbox timer: the dev server may call register() again.
const state = globalThis as unknown as { samkompMaintenanceTimer?: NodeJS.Timeout; samkompMaintenanceRun?: Promise<void> }

function runMaintenance(): Promise<void> {
  state.samkompMaintenanceRun ??= housekeeping().finally(() => {
    state.samkompMaintenanceRun = undefined
  })
  return state.samkompMaintenanceRun
}

async function housekeeping() {
  try {
    const pruned = await pruneLoginAttempts(await getDb())
    if (pruned > 0) getLogger().info({ pruned }, 'maintenance: removed login attempts past their retention')
  } catch (error) {
    // Never take the server down for housekeeping; the next run tries again.
    getLogger().error({ err: error }, 'maintenance: pruning the login log failed')
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

/** Stops the housekeeping timer (graceful shutdown); returns the run in flight, if any, to wait for. */
export function stopMaintenance(): Promise<void> | undefined {
  if (state.samkompMaintenanceTimer) clearInterval(state.samkompMaintenanceTimer)
  state.samkompMaintenanceTimer = undefined
  return state.samkompMaintenanceRun
}
