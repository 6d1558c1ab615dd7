import { z } from 'zod'
import type { TAreaResult, TCommonError } from '@/lib/form-input'
import { isValidOrgNumber } from '@/lib/org-number'
import { optional } from '@/lib/form-schema'

import { BODY_ORGANISATION_TYPES } from './options'

export { BODY_ORGANISATION_TYPES } from './options'

export const ZAddOrganisation = z.object({
  name: z.string().trim().min(2).max(200),
  shortName: optional(z.string().trim().max(60)),
  memberType: z.enum(BODY_ORGANISATION_TYPES),
  countyId: z.uuid(),
  orgNumber: optional(z.string().trim().refine(isValidOrgNumber, 'orgNumber')),
})

export type TOrganisationError = TCommonError | 'duplicateName' | 'duplicateOrgNumber'
export type TOrganisationResult = TAreaResult<'added', TOrganisationError>
