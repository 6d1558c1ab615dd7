import type { Prisma } from '@/generated/prisma/client'

/**
 * The organisations a member of a partnership's body may represent (issue 20): its school owners
 * and UH partners, its county governor office and county municipality, and the member
 * organisations that are national or of its county (those county governor staff added). A member
 * always names one of these, never free text; the form lists them and the use case checks again.
 */
export function bodyOrganisations(partnership: { id: string; countyId: string; governorOfficeId: string }): Prisma.OrganisationWhereInput {
  return {
    OR: [
      { partnershipOwners: { some: { partnershipId: partnership.id, leftOn: null } } },
      { partnershipUniversities: { some: { partnershipId: partnership.id } } },
      { kind: 'MEMBER_ORGANISATION', OR: [{ countyId: null }, { countyId: partnership.countyId }] },
      { kind: 'COUNTY_MUNICIPALITY', countyId: partnership.countyId },
      { governorOfficeId: partnership.governorOfficeId },
    ],
  }
}
