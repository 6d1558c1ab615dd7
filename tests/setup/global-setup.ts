import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { applyMigrations, pgliteExecutor } from '../../src/server/db/migrations'
import { prismaForPglite } from '../../src/server/db/client'
import { seedDemo, type TDemoSeeded } from '../../prisma/seed/demo'
import { factoryCursor, type TFactoryCursor } from '../factories'
import { adminUrl } from './postgres-url'

/**
 * Migrates one in-memory PGlite once per run and saves its data directory as a tarball. Each test
 * file then starts its own database from that copy (tests/setup/test-db.ts), which takes about a
 * second instead of replaying every migration per file.
 *
 * A second tarball has the demo data on top, seeded once here, for the files that test against
 * the demo (`createTestDb({ demo: true })`): seeding it in each of them cost about 3 s a file.
 * The seed's dates come from today (school year, "three days ago"); a run is minutes long, so the
 * copy a file gets is what it would have seeded itself, except across midnight.
 */
export default async function setup(project: TestProject) {
  const started = performance.now()
  await prepareSharedPostgresRole()
  const db = await PGlite.create()
  await applyMigrations(pgliteExecutor(db))
  const dump = await db.dumpDataDir('none')
  await db.close()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samkomp-template-'))
  const file = path.join(dir, 'template.tar')
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
  project.provide('pgliteTemplate', file)
  const migrated = performance.now()

  const demo = await seedDemoTemplate(dump, path.join(dir, 'demo.tar'))
  project.provide('pgliteDemoTemplate', demo)
  console.info(
    `[test] migrated PGlite template in ${Math.round(migrated - started)} ms, demo template in ${Math.round(performance.now() - migrated)} ms`,
  )
  return () => fs.rmSync(dir, { recursive: true, force: true })
}

async function seedDemoTemplate(migrated: Blob, file: string): Promise<TDemoTemplate> {
  const db = await PGlite.create({ loadDataDir: migrated })
  const prisma = prismaForPglite(db)
  const seeded = await seedDemo(prisma)
  await prisma.$disconnect()
  const dump = await db.dumpDataDir('none')
  await db.close()
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
  // The factories' counters after the seed, so each file's own rows continue from there.
  return { file, seeded, cursor: factoryCursor() }
}

/**
 * The app's role is cluster-wide on PostgreSQL, and the first migration creates it and grants it to
 * the migrating user. Test files run two at a time (vitest.config.ts), so on a server that has never
 * seen the role two files' migrations could both try to create or grant it and one would fail; made
 * here once, before any file starts, the migration finds it there. Without a server this does
 * nothing (the tests that need one say so themselves).
 */
async function prepareSharedPostgresRole() {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
  } catch {
    return
  }
  try {
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'samkomp_app') THEN
        CREATE ROLE samkomp_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
      END IF;
    END $$`)
    await client.query('GRANT samkomp_app TO CURRENT_USER')
  } finally {
    await client.end()
  }
}

export type TDemoTemplate = { file: string; seeded: TDemoSeeded; cursor: TFactoryCursor }

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string
    pgliteDemoTemplate: TDemoTemplate
  }
}
