import { z } from 'zod'
import { Role } from '@/generated/prisma/enums'
import { optional } from '@/lib/form-schema'

export const ZRole = z.enum(Role)

export const ZInviteMembership = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(2).max(200),
  role: ZRole,
  organisationId: optional(z.uuid()),
  partnershipId: optional(z.uuid()),
  unitOrgNumber: optional(z.string().trim().regex(/^\d{9}$/, 'orgNumber')),
})
export type TInviteMembership = z.infer<typeof ZInviteMembership>

export const ZChangeMembershipRole = z.object({ membershipId: z.uuid(), role: ZRole })
export type TChangeMembershipRole = z.infer<typeof ZChangeMembershipRole>

export const ZEndMembership = z.object({ membershipId: z.uuid() })
export type TEndMembership = z.infer<typeof ZEndMembership>

export const ZMembershipSearch = z.object({ q: optional(z.string().trim().max(100)) })

/** Error codes; the page turns each into a sentence in the person's language (messages/*.json, Admin.errors). */
export type TMembershipError =
  | 'invalid'
  | 'forbidden'
  | 'roleNotGrantable'
  | 'targetMissing'
  | 'targetNotFound'
  | 'duplicate'
  | 'userDisabled'
  | 'notFound'
  | 'self'
  | 'alreadyEnded'
  | 'roleChangeTarget'

export type TMembershipResult =
  | { ok: true; done: 'invited' | 'changed' | 'ended' }
  | { ok: false; error: TMembershipError; fields?: string[]; input?: Record<string, string> }

/** How a use case of this area answers what it refuses. */
export type TMembershipFailure = Extract<TMembershipResult, { ok: false }>
