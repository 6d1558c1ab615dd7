'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react'
import { ActionForm } from '@/components/ui/action-form'
import { closeGrantYearAction } from '../actions'
import type { TFundingResult } from '../schemas'

export function CloseYearForm({ grantYearId }: { grantYearId: string }) {
  const t = useTranslations('Funding')
  const [state, action, pending] = useActionState<TFundingResult | null, FormData>(closeGrantYearAction, null)
  return (
    <ActionForm action={action} className="flex flex-col gap-2">
      <input type="hidden" name="grantYearId" value={grantYearId} />
      <Paragraph data-size="sm">{t('closeWarning')}</Paragraph>
      {state && !state.ok && <Alert data-color="danger">{t(`errors.${state.error}`)}</Alert>}
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t('closeYear')}
        </Button>
      </div>
    </ActionForm>
  )
}
