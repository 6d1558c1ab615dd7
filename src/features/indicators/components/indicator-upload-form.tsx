'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { Field, Input, Label } from '@digdir/designsystemet-react'
import { Alert, Button } from '@/components/ui/ds-static'
import { ActionForm } from '@/components/ui/action-form'
import { LineErrors } from '@/components/ui/line-errors'
import { uploadIndicatorFileAction } from '../actions'

/** Upload → imported (with counts) or every problem by line or cell, nothing written. */
export function IndicatorUploadForm() {
  const t = useTranslations('Indicators')
  const [result, upload, uploading] = useActionState(uploadIndicatorFileAction, null)
  return (
    <div className="flex flex-col gap-4">
      <ActionForm action={upload} className="flex max-w-xl flex-col gap-3" encType="multipart/form-data" resetWhen={result?.ok ? result : undefined}>
        <Field>
          <Label>{t('importFile')}</Label>
          <Field.Description>{t('importFileHelp')}</Field.Description>
          <Input type="file" name="file" accept=".json,.csv,application/json,text/csv" required />
        </Field>
        <div>
          <Button type="submit" disabled={uploading}>
            {t('importSubmit')}
          </Button>
        </div>
      </ActionForm>
      {result && !result.ok && (result.error === 'fileErrors' && 'lineErrors' in result && result.lineErrors ? (
        <LineErrors namespace="Indicators" errors={result.lineErrors} />
      ) : (
        <Alert data-color="danger">{result.fieldErrors?.file ?? t(result.error === 'forbidden' ? 'importForbidden' : 'importInvalid')}</Alert>
      ))}
      {result?.ok && (
        <Alert data-color="success" role="status">
          {t('imported', result.values)}
        </Alert>
      )}
    </div>
  )
}
