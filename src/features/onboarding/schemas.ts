import { z } from 'zod'
import { FeideOnboarding } from '@/generated/prisma/enums'

export const ZDecideMembershipRequest = z.object({ requestId: z.uuid(), decision: z.enum(['approve', 'refuse']) })

export const ZSetFeideOnboarding = z.object({ organisationId: z.uuid(), mode: z.enum(FeideOnboarding) })

/** Error codes; the page turns each into a sentence (messages/*.json, Onboarding.errors). */
export type TOnboardingResult =
  | { ok: true; done: 'approved' | 'refused' | 'modeSaved' }
  | { ok: false; error: 'invalid' | 'forbidden' | 'notFound' | 'alreadyDecided'; fields?: string[]; input?: Record<string, string> }
