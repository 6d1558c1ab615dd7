import { connect } from '../../src/server/db/client'
import { seedDemo } from '../../prisma/seed/demo'
import { seedNational } from '../../prisma/seed/national'

/**
 * Migrates the configured database (PGlite in ./.data unless DATABASE_URL is set) and, when it
 * has no partnerships yet, fills it with demo or national-scale data. Safe to run again.
 */
export async function setupDatabase(options: { pgliteDir?: string; databaseUrl?: string; seed: 'demo' | 'national' | 'none' }) {
  const connection = await connect({ pgliteDir: options.pgliteDir, databaseUrl: options.databaseUrl })
  try {
    if (options.seed === 'none') return { seeded: false }
    const existing = await connection.prisma.partnership.count()
    if (existing > 0) return { seeded: false }
    if (options.seed === 'demo') await seedDemo(connection.prisma)
    else await seedNational(connection.prisma)
    return { seeded: true }
  } finally {
    await connection.close()
  }
}
