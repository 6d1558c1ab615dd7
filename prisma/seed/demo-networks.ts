import type { PrismaClient } from '@/generated/prisma/client'
import type { TDemoSeeded } from './demo'

/** Demo data for learning networks and gatherings: filled in by that area. */
export async function seedDemoNetworks(db: PrismaClient, seeded: TDemoSeeded) {
  void db
  void seeded
}
