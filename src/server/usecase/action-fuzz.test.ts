import '@/server/authz/matrix/request-mocks'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Prisma } from '@/generated/prisma/client'
import { can, loadActor, type Actor } from '@/server/authz/actor'
import { callAction } from '@/server/authz/matrix/adapters'
import { actionFiles } from '@/server/authz/matrix/surface'
import type { TFormResult } from '@/lib/form-input'
import { demoPeople } from '~prisma/seed/demo'
import { serveDb } from '~tests/setup/adapter-mocks'
import { createTestDb } from '~tests/setup/test-db'
import { formBodyArb, type TIdPool } from '~tests/setup/zod-arbitrary'
import messages from '../../../messages/nb.json'
import type { TFormAction } from './form-action'

/**
 * Issue 22: every server action, posted random bodies through its real adapter (formAction) as a
 * demo person who holds its permission (or the platform admin, who reaches every row): field
 * names from its schema plus extra ones, values near-valid or garbage (./tests/setup/zod-arbitrary).
 * Whatever is posted, the action answers (never throws), its answer has a message the forms can
 * show, and a refused body writes no audit row. Replay a failure with FUZZ_SEED=<seed printed>.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 2022)
const RUNS = Number(process.env.FUZZ_RUNS ?? 20)

const { prisma } = await createTestDb({ demo: true })
serveDb(prisma)

type TAction = TFormAction<TFormResult>
const actions: { name: string; action: TAction }[] = []
for (const file of actionFiles) {
  for (const [name, value] of Object.entries((await import(/* @vite-ignore */ file)) as Record<string, unknown>)) {
    if (typeof value === 'function' && 'useCase' in value) actions.push({ name, action: value as TAction })
  }
}

/** Every `errors.<key>` and `done.<key>` of any namespace: what a form can put into words. */
function messageKeys(tree: unknown, group: 'errors' | 'done' | 'lines', into = new Set<string>()): Set<string> {
  if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
      if (key === group && value && typeof value === 'object') Object.keys(value).forEach((k) => into.add(k))
      messageKeys(value, group, into)
    }
  }
  return into
}
const errorKeys = messageKeys(messages, 'errors')
const doneKeys = messageKeys(messages, 'done')
// An import's refusal lists its file's lines (src/components/ui/line-errors.tsx), one message each.
const lineKeys = messageKeys(messages, 'lines')

/** Ids of real rows (both tenants), by model, so uuid fields sometimes name a row that exists. */
async function idPool(): Promise<TIdPool> {
  const pool: TIdPool = { any: [], byField: {} }
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = model.charAt(0).toLowerCase() + model.slice(1)
    const rows = await (prisma as unknown as Record<string, { findMany: (q: object) => Promise<{ id: string }[]> }>)[delegate]!
      .findMany({ select: { id: true }, take: 4 })
      .catch(() => [])
    const ids = rows.map((r) => r.id)
    pool.byField[`${delegate}Id`] = ids
    pool.any.push(...ids.slice(0, 1))
  }
  return pool
}

let pool: TIdPool
const people: Actor[] = []
let admin: Actor
beforeAll(async () => {
  pool = await idPool()
  for (const { email } of Object.values(demoPeople)) {
    const user = await prisma.user.findUniqueOrThrow({ where: { email } })
    const actor = (await loadActor(prisma, user.id))!
    if (email === demoPeople.platformAdmin.email) admin = actor
    else people.push(actor)
  }
})

/** Who posts: a demo person whose role has the permission (the scope checks then matter), and the admin. */
function posters(action: TAction): Actor[] {
  const holder = people.find((p) => can(p, action.useCase.declaration.permission))
  return holder ? [holder, admin] : [admin]
}

/** What is wrong with an answer, or null: the forms read `ok`, then `error` or `done` as a message key. */
function problemOf(result: TFormResult | null): string | null {
  if (result === null) return null // a redirect, after a success
  if (typeof result !== 'object' || typeof result.ok !== 'boolean') return `no result: ${JSON.stringify(result)}`
  if (!result.ok && result.error === 'fileErrors') {
    const lines = (result as { lineErrors?: { code?: unknown }[] }).lineErrors
    const unworded = Array.isArray(lines) && lines.length > 0 ? lines.find((l) => typeof l.code !== 'string' || !lineKeys.has(l.code)) : { code: 'no lines' }
    return unworded ? `a file refused without a line message: ${String(unworded.code)}` : null
  }
  if (!result.ok) return typeof result.error === 'string' && errorKeys.has(result.error) ? null : `error without a message: ${String(result.error)}`
  return typeof result.done === 'string' && doneKeys.has(result.done) ? null : `success without a message: ${String(result.done)}`
}

/** What each action answered, by result (ok or the error), printed after the run. */
const answers = new Map<string, Map<string, number>>()
afterAll(() => {
  const lines = [...answers].map(([name, tally]) => `${name}: ${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')}`)
  console.info(`[action-fuzz] ${answers.size} actions × ${RUNS} runs, seed ${SEED}\n${lines.join('\n')}`)
})

describe('action fuzz (issue 22)', () => {
  it('finds the actions', () => {
    expect(actions.length).toBeGreaterThan(50)
  })

  it.each(actions)('$name answers every body it is posted', async ({ action }) => {
    const schema = action.useCase.declaration.input
    const tally = new Map<string, number>()
    answers.set(action.useCase.declaration.name, tally)
    await fc.assert(
      // The poster by name, so a counterexample reads short.
      fc.asyncProperty(fc.constantFrom(...posters(action).map((a) => a.name)), formBodyArb(schema, pool), async (posterName, body) => {
        const actor = [...people, admin].find((a) => a.name === posterName)!
        const before = await prisma.auditLog.count()
        const result = await callAction(actor, action, body)
        expect(problemOf(result)).toBeNull()
        if (result && !result.ok) expect(await prisma.auditLog.count()).toBe(before)
        const answer = result === null || result.ok ? 'ok' : result.error
        tally.set(answer, (tally.get(answer) ?? 0) + 1)
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    )
  })
})
