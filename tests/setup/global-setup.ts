import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import type { TestProject } from 'vitest/node'
import { applyMigrations, pgliteExecutor } from '../../src/server/db/migrations'

/**
 * Migrates one in-memory PGlite once per run and saves its data directory as a tarball. Each test
 * file then starts its own database from that copy (tests/setup/test-db.ts), which takes about a
 * second instead of replaying every migration per file.
 */
export default async function setup(project: TestProject) {
  const started = performance.now()
  const db = await PGlite.create()
  await applyMigrations(pgliteExecutor(db))
  const dump = await db.dumpDataDir('none')
  await db.close()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samkomp-template-'))
  const file = path.join(dir, 'template.tar')
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()))
  project.provide('pgliteTemplate', file)
  console.info(`[test] migrated PGlite template in ${Math.round(performance.now() - started)} ms`)
  return () => fs.rmSync(dir, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string
  }
}
