import { feideOnboardingOwnerScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { ZSetFeideOnboarding, type TOnboardingResult } from './schemas'

/**
 * A school owner chooses whether Feide logins place its staff at its units at once or wait for
 * the unit leader's approval (Organisation.feideOnboarding, ADR 030). Only for the owners the
 * actor keeps the staff of as owner; a unit's leader cannot change the owner's choice.
 */
export const setFeideOnboarding = defineUseCase(
  {
    name: 'onboarding.set-feide-onboarding',
    permission: 'manage:staff',
    input: ZSetFeideOnboarding,
    audit: 'organisation.feide_onboarding',
    revalidate: () => ['/personale/foresporsler'],
  },
  async ({ tx, actor, input, audit, unchanged }): Promise<TOnboardingResult> => {
    const owner = await tx.organisation.findFirst({
      where: { AND: [{ id: input.organisationId }, feideOnboardingOwnerScope(actor)] },
      select: { id: true, feideOnboarding: true },
    })
    if (!owner) return { ok: false, error: 'notFound', fields: ['organisationId'] }
    if (owner.feideOnboarding === input.mode) {
      unchanged()
      return { ok: true, done: 'modeSaved' }
    }
    await tx.organisation.update({ where: { id: owner.id }, data: { feideOnboarding: input.mode } })
    await audit({ entity: 'Organisation', entityId: owner.id, data: { from: owner.feideOnboarding, to: input.mode } })
    return { ok: true, done: 'modeSaved' }
  },
)
