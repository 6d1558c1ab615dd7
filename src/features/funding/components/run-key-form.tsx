'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { ActionForm } from '@/components/ui/action-form'
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react'
import { runAllocationKeyAction } from '../actions'
import type { TFundingResult } from '../schemas'

export function RunKeyForm({ grantYearId, hasTable }: { grantYearId: string; hasTable: boolean }) {
  const t = useTranslations('Funding')
  const [state, action, pending] = useActionState<TFundingResult | null, FormData>(runAllocationKeyAction, null)
  return (
    <ActionForm action={action} className="flex flex-col gap-2">
      <input type="hidden" name="grantYearId" value={grantYearId} />
      {hasTable && <Paragraph data-size="sm">{t('runAgainWarning')}</Paragraph>}
      {state && <Alert data-color={state.ok ? 'success' : 'danger'}>{state.ok ? t(`done.${state.done}`) : t(`errors.${state.error}`, state.values ?? {})}</Alert>}
      <div>
        <Button type="submit" variant={hasTable ? 'secondary' : 'primary'} disabled={pending}>
          {t('runKey')}
        </Button>
      </div>
    </ActionForm>
  )
}
