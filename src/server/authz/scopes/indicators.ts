import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '../actor'
import { governorOfficeScope } from './core'

/** The counties whose owners the actor compares for lag (read:indicator-lag): an office's counties, or all. */
export function indicatorLagCountyScope(actor: Actor): Prisma.CountyWhereInput {
  return governorOfficeScope<Prisma.CountyWhereInput>(actor, 'read:indicator-lag', (officeId) => [{ governorOfficeId: officeId }])
}
