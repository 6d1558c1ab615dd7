import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/server/authz/actor'
import { fundingManageScope, partnershipScope } from '@/server/authz/scopes'

/**
 * Counties whose deadlines the actor sets: those with a partnership the actor's county governor
 * office decides the money of (the same staff who open grant years and close them).
 */
export function deadlineManageScope(actor: Actor): Prisma.CountyWhereInput {
  return { partnerships: { some: fundingManageScope(actor) } }
}

/** Counties whose deadlines the actor reads: those of the partnerships the actor takes part in or oversees. */
export function deadlineReadScope(actor: Actor): Prisma.CountyWhereInput {
  return { partnerships: { some: partnershipScope(actor) } }
}
