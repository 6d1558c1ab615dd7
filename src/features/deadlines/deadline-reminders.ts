import type { ReminderStage } from '@/generated/prisma/enums'
import { formatOslo, osloDay } from '@/lib/oslo-time'
import type { Tx } from '@/server/db/tenant'
import { appUrl } from '@/server/email/app-url'
import { enqueueEmail } from '@/server/email/outbox'
import { plainTextEmail } from '@/server/email/plain-text'
import { emailTranslator } from '@/server/email/translator'
import { partiesOf, type TParty } from './parties'

const DAY_MS = 24 * 60 * 60 * 1000
/** The first reminder goes this many days before the deadline, to those who have not yet acted. */
export const REMIND_BEFORE_DAYS = 7
/** Those still late are reminded once more after the deadline, for this long after it. */
const REMIND_LATE_FOR_DAYS = 30

/** The stage of reminder a party is due, if any: a week before while not done, once late. */
export function reminderStage(dueOn: Date, party: Pick<TParty, 'status'>, now: Date): ReminderStage | null {
  const days = Math.round((dueOn.getTime() - osloDay(now).getTime()) / DAY_MS)
  if (party.status === 'pending' && days <= REMIND_BEFORE_DAYS) return 'BEFORE'
  if (party.status === 'late' && -days <= REMIND_LATE_FOR_DAYS) return 'LATE'
  return null
}

/** Who reads a party's reminder: the owner's school owner staff, or the forum's secretariat. */
async function recipientsOf(tx: Tx, party: TParty) {
  const [kind, , organisationId] = party.party.split(':')
  const where = kind === 'owner' ? { role: 'SCHOOL_OWNER' as const, organisationId } : { role: 'FORUM_SECRETARIAT' as const, partnershipId: party.partnershipId }
  const rows = await tx.membership.findMany({ where: { ...where, endedAt: null }, select: { user: { select: { email: true, locale: true } } } })
  const seen = new Set<string>()
  return rows.map((r) => r.user).filter((u): u is { email: string; locale: string } => !!u.email && !seen.has(u.email) && !!seen.add(u.email))
}

/**
 * The reminders job (run by the housekeeping timer, src/server/maintenance.ts, under its advisory
 * lock): for each deadline from a month ago to a week ahead, each party that has not acted gets
 * one email a week before and one once late, through the outbox (ADR 014), in each reader's
 * language. A DeadlineReminder row per party and stage makes a second run send nothing again
 * (and its unique index does, should two runs ever overlap). Returns the reminders written.
 */
export async function queueDeadlineReminders(tx: Tx, now: Date): Promise<number> {
  // Note: a platform job over every county, so it reads every tenant's needs reports and forums;
  // it writes only reminder rows and emails to the parties' own people.
  await tx.$executeRaw`SELECT set_config('app.all_tenants', 'on', true), set_config('role', 'samkomp_app', true)`
  const today = osloDay(now)
  const deadlines = await tx.cycleDeadline.findMany({
    where: { dueOn: { gte: new Date(today.getTime() - REMIND_LATE_FOR_DAYS * DAY_MS), lte: new Date(today.getTime() + REMIND_BEFORE_DAYS * DAY_MS) } },
    select: { id: true, countyId: true, year: true, kind: true, dueOn: true, reminders: { select: { party: true, stage: true } } },
  })
  let written = 0
  for (const deadline of deadlines) {
    const sent = new Set(deadline.reminders.map((r) => `${r.stage}|${r.party}`))
    for (const party of await partiesOf(tx, deadline, now)) {
      const stage = reminderStage(deadline.dueOn, party, now)
      if (!stage || sent.has(`${stage}|${party.party}`)) continue
      const readers = await recipientsOf(tx, party)
      for (const reader of readers) await enqueueEmail(tx, { kind: `deadline.${stage.toLowerCase()}`, to: reader.email, ...reminderEmail(reader.locale, deadline, party, stage) })
      await tx.deadlineReminder.create({ data: { deadlineId: deadline.id, party: party.party, stage, emails: readers.length } })
      written++
    }
  }
  return written
}

/** A reminder's subject and plain text in the reader's language. */
export function reminderEmail(locale: string | null | undefined, deadline: { year: number; kind: 'NEEDS_REPORTS' | 'RECOMMENDATION'; dueOn: Date }, party: Pick<TParty, 'name' | 'partnershipName'>, stage: ReminderStage) {
  const t = emailTranslator(locale)
  // The deadline is a calendar day (midnight UTC); read at noon so no time zone moves it.
  const due = formatOslo(new Date(deadline.dueOn.getTime() + DAY_MS / 2), locale, { dateStyle: 'long' })
  const kind = t(`Deadlines.kinds.${deadline.kind}`)
  const values = { due, kind, year: deadline.year, party: party.name, partnership: party.partnershipName }
  const text = plainTextEmail(t, t('Email.deadline.greeting'), [stage === 'BEFORE' ? t('Email.deadline.before', values) : t('Email.deadline.late', values)], [t('Email.deadline.where'), appUrl('/frister')])
  return { subject: stage === 'BEFORE' ? t('Email.deadline.subjectBefore', values) : t('Email.deadline.subjectLate', values), text }
}
