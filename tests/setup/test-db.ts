import fs from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, inject } from 'vitest'
import { prismaForPglite } from '@/server/db/client'

/**
 * A fresh, migrated in-memory database for the calling test file, closed after it.
 * Tests create their own uniquely named rows (tests/factories), so files never share state.
 */
export async function createTestDb() {
  const tarball = fs.readFileSync(inject('pgliteTemplate'))
  const pglite = await PGlite.create({ loadDataDir: new Blob([tarball]) })
  const prisma = prismaForPglite(pglite)
  afterAll(async () => {
    await prisma.$disconnect()
    await pglite.close()
  })
  return { prisma, pglite }
}
