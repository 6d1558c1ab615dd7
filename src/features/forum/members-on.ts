import type { Prisma } from '@/generated/prisma/client'

/**
 * The forum's members on a given day: those whose period has begun and not ended. Who may vote,
 * who is invited and who can be marked present all follow this one rule.
 */
export function membersOn(forumId: string, day: Date): Prisma.ForumMemberWhereInput {
  return { forumId, periodStart: { lte: day }, OR: [{ periodEnd: null }, { periodEnd: { gte: day } }] }
}
