import type { Prisma } from '@/generated/prisma/client'

/** Who may receive an award in a partnership: its current school owners and its UH partners. */
export function awardRecipients(partnershipId: string): Prisma.OrganisationWhereInput {
  return {
    OR: [
      { partnershipOwners: { some: { partnershipId, leftOn: null } } },
      { partnershipUniversities: { some: { partnershipId } } },
    ],
  }
}
