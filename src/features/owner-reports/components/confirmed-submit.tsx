'use client'

import { useTranslations } from 'next-intl'
import { ConfirmedForm } from '@/components/ui/confirmed-form'
import { submitOwnerReportAction } from '../actions'

/**
 * Submitting the report is irreversible, so its button opens the confirmation dialog of ADR 037
 * (ConfirmedForm: focus kept inside, Escape closes, focus back on the button); only the dialog's
 * confirm button sends the form.
 */
export function SubmitReportForm({ grantYearId, ownerId, ownerName }: { grantYearId: string; ownerId: string; ownerName: string }) {
  const t = useTranslations('OwnerReports')
  return (
    <ConfirmedForm
      action={submitOwnerReportAction}
      hidden={{ grantYearId, ownerId }}
      namespace="OwnerReports"
      text={{ open: t('submit'), title: t('submitTitle', { owner: ownerName }), body: t('submitBody'), confirm: t('submitConfirm') }}
    />
  )
}
