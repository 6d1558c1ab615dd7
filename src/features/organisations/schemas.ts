import { z } from 'zod'
import type { TAreaResult, TCommonError } from '@/lib/form-input'
import { isValidOrgNumber } from '@/lib/org-number'
import { optional } from '@/lib/form-schema'

/**
 * The kinds of organisation county governor staff add for bodies (issue 20): stored as member
 * organisations with this type, so a body's member names one of them and never free text.
 */
export const BODY_ORGANISATION_TYPES = ['EMPLOYERS', 'UNION', 'KS', 'PBL', 'PARENTS_COMMITTEE', 'REGIONAL_COUNCIL', 'MAYORS_OFFICE', 'OTHER'] as const
export type TBodyOrganisationType = (typeof BODY_ORGANISATION_TYPES)[number]

export const ZAddOrganisation = z.object({
  name: z.string().trim().min(2).max(200),
  shortName: optional(z.string().trim().max(60)),
  memberType: z.enum(BODY_ORGANISATION_TYPES),
  countyId: z.uuid(),
  orgNumber: optional(z.string().trim().refine(isValidOrgNumber, 'orgNumber')),
})

export type TOrganisationError = TCommonError | 'duplicateName' | 'duplicateOrgNumber'
export type TOrganisationResult = TAreaResult<'added', TOrganisationError>
