import pino from 'pino'
import { settings } from '@/server/settings'

/**
 * The server's log: one JSON object per line on stdout (pino, docs/decisions/027-health-logs-shutdown.md),
 * with `time` in ISO form, `level` as a word and, inside a request, `reqId` (src/server/http/request-id.ts),
 * so a log collector can filter and join lines without parsing prose. LOG_LEVEL sets the threshold.
 */
const state = globalThis as unknown as { samkompLogger?: pino.Logger }

export function getLogger(): pino.Logger {
  state.samkompLogger ??= pino({
    level: settings().LOG_LEVEL,
    base: { service: 'samkomp' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Note: never a session token, a cookie or a password in the log, however an object got there.
    redact: { paths: ['*.cookie', '*.authorization', '*.sessionToken', '*.password', 'headers.cookie', 'headers.authorization'], censor: '[redacted]' },
  })
  return state.samkompLogger
}
