import fs from 'node:fs'
import { expect } from '@playwright/test'

export interface TMailboxEmail {
  to: string[]
  subject: string
  text: string
}

/** Every message the local SMTP server (scripts/e2e.ts) has received so far, oldest first. */
export function mailbox(): TMailboxEmail[] {
  const file = process.env.E2E_MAILBOX
  if (!file) throw new Error('E2E_MAILBOX is not set: run the e2e tests through scripts/e2e.ts')
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as TMailboxEmail)
}

/** Waits until a message to `to` whose subject is `subject` has arrived, and returns it (the outbox sends after the response). */
export async function waitForEmail(to: string, subject: string): Promise<TMailboxEmail> {
  const find = () => mailbox().filter((m) => m.to.includes(to) && m.subject === subject)
  await expect.poll(() => find().length, { timeout: 20_000, message: `an email to ${to}: ${subject}` }).toBeGreaterThan(0)
  return find()[0]!
}
