import 'server-only'
import { deliverPendingEmail } from './index'
import { EmailConfigError, getMailTransport } from './transport'
import { getLogger } from '@/server/log'

const INTERVAL_MS = 60_000

// Note: on globalThis, because the dev server may call register() again after a reload; a second
// timer would double the polling (not the sending: claims keep that to once per message).
const state = globalThis as unknown as { samkompOutboxTimer?: NodeJS.Timeout }

/**
 * Retries the outbox every minute while the server runs: messages whose first try failed, and any
 * a crash or restart left behind. Started once per server process from src/instrumentation.ts.
 */
export function startOutboxWorker(): void {
  try {
    getMailTransport()
  } catch (error) {
    if (!(error instanceof EmailConfigError)) throw error
    // Said at start-up, loudly; every later attempt (kickOutbox) says it again. No timer: nothing
    // could be sent until the configuration changes, which needs a restart anyway.
    getLogger().error({ setting: 'SMTP_URL' }, `email: ${error.message}`)
    return
  }
  if (state.samkompOutboxTimer) clearInterval(state.samkompOutboxTimer)
  const timer = setInterval(() => void deliverPendingEmail(), INTERVAL_MS)
  // The timer alone must not keep the process alive (a server shutting down, a build worker).
  timer.unref()
  state.samkompOutboxTimer = timer
}

/** Stops the periodic delivery (graceful shutdown, src/server/shutdown.ts); a run in flight goes on to its end. */
export function stopOutboxWorker(): void {
  if (state.samkompOutboxTimer) clearInterval(state.samkompOutboxTimer)
  state.samkompOutboxTimer = undefined
}

/** The delivery run in flight in this process, if any (src/server/email/index.ts keeps it). */
export function outboxRunInFlight(): Promise<void> | undefined {
  return (globalThis as unknown as { samkompOutboxRun?: Promise<void> }).samkompOutboxRun
}
