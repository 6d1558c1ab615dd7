import type { PrismaClient } from '@/generated/prisma/client'
import type { TDemoSeeded } from './demo'

/** Demo data for measures (school development): filled in by that area. */
export async function seedDemoMeasures(db: PrismaClient, seeded: TDemoSeeded) {
  void db
  void seeded
}
