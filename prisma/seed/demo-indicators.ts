import type { PrismaClient } from '@/generated/prisma/client'
import { seedIndicators } from '~tests/factories/indicators'
import type { TReference } from './reference'

/**
 * Official indicators for the demo (issue 17): three years for the country, every county and
 * municipality, and every demo school, from the shared factory (invented figures in the sources'
 * shapes; small groups suppressed as the sources do).
 */
export async function seedDemoIndicators(db: PrismaClient, ref: TReference) {
  const schools = await db.unit.findMany({ where: { kind: 'SCHOOL' }, select: { orgNumber: true, name: true, pupilCount: true } })
  return seedIndicators(db, { counties: ref.counties, municipalities: ref.municipalities, schools })
}
