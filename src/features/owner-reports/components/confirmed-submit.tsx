'use client'

import { useActionState, useEffect, useId, useRef } from 'react'
import { useTranslations } from 'next-intl'
import { Alert, Button, Heading, Paragraph } from '@/components/ui/ds-static'
import { ActionForm } from '@/components/ui/action-form'
import { submitOwnerReportAction as submitAction } from '../actions'
import type { TOwnerReportResult } from '../schemas'

/**
 * Submitting the report is irreversible, so its button opens a native modal <dialog> (ADR 037:
 * focus kept inside, Escape closes, focus back on the button) that says so; only the dialog's
 * confirm button sends the form. Focus starts on «Avbryt».
 */
export function SubmitReportForm({ grantYearId, ownerId, ownerName }: { grantYearId: string; ownerId: string; ownerName: string }) {
  const t = useTranslations('OwnerReports')
  const [state, formAction, pending] = useActionState<TOwnerReportResult | null, FormData>(submitAction, null)
  const dialog = useRef<HTMLDialogElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  const bodyId = useId()
  // The answer is shown on the page, so the dialog closes once it has come.
  useEffect(() => {
    if (state) dialog.current?.close()
  }, [state])
  const open = () => {
    dialog.current?.showModal()
    cancel.current?.focus()
  }
  return (
    <ActionForm action={formAction} className="flex flex-col gap-3" noValidate>
      <input type="hidden" name="grantYearId" value={grantYearId} />
      <input type="hidden" name="ownerId" value={ownerId} />
      {state && !state.ok && <Alert data-color="danger">{t(`errors.${state.error}`)}</Alert>}
      <div>
        <Button type="button" onClick={open} disabled={pending}>
          {t('submit')}
        </Button>
      </div>
      <dialog ref={dialog} className="ds-dialog" aria-labelledby={titleId} aria-describedby={bodyId}>
        <div className="flex flex-col gap-4 p-2">
          <Heading level={2} data-size="xs" id={titleId}>
            {t('submitTitle', { owner: ownerName })}
          </Heading>
          <Paragraph id={bodyId}>{t('submitBody')}</Paragraph>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={pending}>
              {t('submitConfirm')}
            </Button>
            <Button ref={cancel} type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t('cancel')}
            </Button>
          </div>
        </div>
      </dialog>
    </ActionForm>
  )
}

