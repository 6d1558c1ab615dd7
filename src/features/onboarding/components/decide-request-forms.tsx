'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { ValidationMessage } from '@digdir/designsystemet-react'
import { Button } from '@/components/ui/ds-static'
import { ActionForm } from '@/components/ui/action-form'
import { decideMembershipRequestAction } from '../actions'
import type { TOnboardingResult } from '../schemas'

/** Approve or refuse one request; the answer is read out where the buttons are. */
export function DecideRequestForms({ requestId, personName }: { requestId: string; personName: string }) {
  const t = useTranslations('Onboarding')
  const [state, decide, pending] = useActionState<TOnboardingResult | null, FormData>(decideMembershipRequestAction, null)
  return (
    <div className="flex flex-col gap-1">
      <ActionForm action={decide} className="flex flex-wrap gap-2">
        <input type="hidden" name="requestId" value={requestId} />
        <Button type="submit" name="decision" value="approve" data-size="sm" disabled={pending} aria-label={t('approveFor', { name: personName })}>
          {t('approve')}
        </Button>
        <Button type="submit" name="decision" value="refuse" data-size="sm" variant="tertiary" data-color="danger" disabled={pending} aria-label={t('refuseFor', { name: personName })}>
          {t('refuse')}
        </Button>
      </ActionForm>
      <div aria-live="polite">
        {state && (state.ok ? <p className="m-0 text-sm">{t(`done.${state.done}`)}</p> : <ValidationMessage data-size="sm">{t(`errors.${state.error}`)}</ValidationMessage>)}
      </div>
    </div>
  )
}
