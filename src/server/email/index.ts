import 'server-only'
import { after } from 'next/server'
import { getDb } from '@/server/db'
import { getLogger } from '@/server/log'
import { deliverOutbox } from './outbox'
import { getMailTransport } from './transport'

// Use cases queue email with enqueueEmail from './outbox' (plain code, testable without Next);
// actions import this file, which needs Next's request scope.

/**
 * Call after a server action whose transaction queued email (enqueueEmail) has succeeded: the
 * outbox is delivered once the response has gone (Next's `after`), so the person never waits for
 * SMTP. Outside a request (a script) it starts delivery at once, unawaited. Whatever this misses,
 * the periodic run started in src/instrumentation.ts picks up.
 */
export function kickOutbox(): void {
  try {
    after(deliverPendingEmail)
  } catch {
    // `after` throws outside a request scope; there is no response to wait for then.
    void deliverPendingEmail()
  }
}

// Note: on globalThis, since Next loads src/instrumentation.ts and the actions as separate module
// graphs in one process; they must share the one running delivery.
const state = globalThis as unknown as { samkompOutboxRun?: Promise<void>; samkompOutboxAgain?: boolean }

/**
 * Delivers everything due, one run at a time per process: a call during a run asks that run to go
 * round once more instead of starting a second one. Never rejects; failures are logged, and the
 * messages stay queued.
 */
export function deliverPendingEmail(): Promise<void> {
  if (state.samkompOutboxRun) {
    state.samkompOutboxAgain = true
    return state.samkompOutboxRun
  }
  state.samkompOutboxRun = (async () => {
    try {
      const limit = 50
      let full: boolean
      do {
        state.samkompOutboxAgain = false
        const result = await deliverOutbox(await getDb(), getMailTransport(), { limit })
        if (result.failed > 0) getLogger().warn({ failed: result.failed }, 'email: messages failed and will be retried; see EmailOutbox.lastError')
        full = result.sent + result.failed === limit
      } while (full || state.samkompOutboxAgain)
    } catch (error) {
      getLogger().error({ error: error instanceof Error ? error.message : String(error) }, 'email: outbox delivery failed')
    } finally {
      state.samkompOutboxRun = undefined
    }
  })()
  return state.samkompOutboxRun
}
