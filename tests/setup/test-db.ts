import fs from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, inject } from 'vitest'
import { prismaForPglite } from '@/server/db/client'
import type { TDemoSeeded } from '~prisma/seed/demo'
import { continueFactories } from '~tests/factories'

type TTestDb = Awaited<ReturnType<typeof openCopy>>

/**
 * A fresh, migrated in-memory database for the calling test file, closed after it.
 * Tests create their own uniquely named rows (tests/factories), so files never share state.
 *
 * With `{ demo: true }` the copy already holds the demo data, seeded once per run by
 * tests/setup/global-setup.ts, and `seeded` is what `seedDemo` returned there. Tests of the seed
 * itself (prisma/seed/seed.test.ts) seed an empty database instead.
 */
export async function createTestDb(): Promise<TTestDb>
export async function createTestDb(options: { demo: true }): Promise<TTestDb & { seeded: TDemoSeeded }>
export async function createTestDb(options: { demo?: boolean } = {}) {
  if (!options.demo) return openCopy(inject('pgliteTemplate'))
  const template = inject('pgliteDemoTemplate')
  const db = await openCopy(template.file)
  continueFactories(template.cursor)
  return { ...db, seeded: template.seeded }
}

async function openCopy(file: string) {
  const pglite = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(file)]) })
  const prisma = prismaForPglite(pglite)
  afterAll(async () => {
    await prisma.$disconnect()
    await pglite.close()
  })
  return { prisma, pglite }
}
