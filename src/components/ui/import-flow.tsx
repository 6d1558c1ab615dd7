'use client'

import { useActionState, type ReactNode } from 'react'
import { useTranslations } from 'next-intl'
import { Field, Input, Label } from '@digdir/designsystemet-react'
import { Alert, Button } from '@/components/ui/ds-static'
import { ActionForm } from '@/components/ui/action-form'
import { LineErrors } from '@/components/ui/line-errors'
import type { TImportResult } from '@/lib/tabular-file'

type TAction<R> = (state: R | null, form: FormData) => Promise<R | null>

/**
 * Upload → preview → apply, the frame both imports share: the file field, the file's problems (one
 * per line, nothing written), the preview under its own heading with the button that applies that
 * very file (its digest: nothing may have moved in between), and the result. `children` words the
 * preview (its counts and tables); `canApply` says whether there is anything to apply.
 */
export function ImportFlow<P extends { digest: string }, V extends Record<string, number>>({
  namespace,
  linesNamespace,
  previewAction,
  applyAction,
  canApply = () => true,
  children,
}: {
  namespace: string
  linesNamespace?: string
  previewAction: TAction<TImportResult<P, V>>
  applyAction: TAction<TImportResult<P, V>>
  canApply?: (preview: P) => boolean
  children: (preview: P, file: { name: string }) => ReactNode
}) {
  const t = useTranslations(namespace)
  const [preview, sendFile, reading] = useActionState(previewAction, null)
  const [applied, apply, applying] = useActionState(applyAction, null)
  const shown = preview?.ok && preview.done === 'previewed' ? preview : null
  const problem = (s: TImportResult<P, V> | null) =>
    s && !s.ok ? s.error === 'fileErrors' ? <LineErrors namespace={namespace} linesNamespace={linesNamespace} errors={s.lineErrors} /> : <Alert data-color="danger">{s.fieldErrors?.file ?? t(`errors.${s.error}`)}</Alert> : null
  return (
    <div className="flex flex-col gap-6">
      <ActionForm action={sendFile} className="flex max-w-xl flex-col gap-3" encType="multipart/form-data">
        <Field>
          <Label>{t('file')}</Label>
          <Field.Description>{t('fileHelp')}</Field.Description>
          <Input type="file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
        </Field>
        <div>
          <Button type="submit" variant="secondary" disabled={reading}>
            {t('preview')}
          </Button>
        </div>
      </ActionForm>
      {problem(preview)}
      {problem(applied)}
      {applied?.ok && applied.done === 'applied' && (
        <Alert data-color="success" role="status">
          {t('done.applied', applied.values)}
        </Alert>
      )}
      {shown && !applied?.ok && (
        <section aria-labelledby="preview" className="flex flex-col gap-3">
          <h2 id="preview" className="ds-heading" data-size="sm">
            {t('previewHeading')}
          </h2>
          {children(shown.preview, shown.file)}
          <ActionForm action={apply}>
            <input type="hidden" name="fileName" value={shown.file.name} />
            <input type="hidden" name="fileData" value={shown.file.data} />
            <input type="hidden" name="digest" value={shown.preview.digest} />
            <Button type="submit" disabled={applying || !canApply(shown.preview)}>
              {t('apply')}
            </Button>
          </ActionForm>
        </section>
      )}
    </div>
  )
}
