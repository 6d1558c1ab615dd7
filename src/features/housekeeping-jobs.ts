import 'server-only'
import type { THousekeepingJob } from '@/server/maintenance'
import { queueDeadlineReminders } from './deadlines/deadline-reminders'

/**
 * The features' jobs in the six-hourly housekeeping (src/server/maintenance.ts), each under its own
 * advisory lock so that one instance runs it at a time. Handed to boot() by src/instrumentation.ts,
 * since src/server imports no feature.
 */
export const housekeepingJobs: THousekeepingJob[] = [
  // The cycle's deadline reminders: a week before and once after (ADR 041).
  { name: 'deadline-reminders', run: (tx, now) => queueDeadlineReminders(tx, now) },
]
