import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '../actor'
import { governorOfficeScope } from './core'

/**
 * The counties in which the actor may add and list the organisations that sit in bodies
 * (manage:organisations): every county for a membership that reaches everywhere, else the counties
 * the actor's county governor office serves (issue 20).
 */
export function organisationCountyScope(actor: Actor): Prisma.CountyWhereInput {
  return governorOfficeScope<Prisma.CountyWhereInput>(actor, 'manage:organisations', (office) => [{ governorOfficeId: office }])
}
