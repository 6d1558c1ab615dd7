'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { Alert, Button, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { ActionForm } from '@/components/ui/action-form'
import { FileUploadForm } from '@/components/ui/file-upload-form'
import { LineErrors } from '@/components/ui/line-errors'
import { applyUnitImportAction, previewUnitImportAction } from '../actions'
import type { TUnitImportResult, TUnitPreview } from '../schemas'

/** One part of the preview (new, changed or closed units) as a table, or nothing when it is empty. */
function PreviewTable({ caption, rows }: { caption: string; rows: (TUnitPreview['created'][number] & { fields?: string[] })[] }) {
  const t = useTranslations('UnitImport')
  if (rows.length === 0) return null
  const withFields = rows.some((r) => r.fields)
  return (
    <Table zebra className="w-full">
      <caption className="text-left">{caption}</caption>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t('colLine')}</TableHeaderCell>
          <TableHeaderCell>{t('colOrgNumber')}</TableHeaderCell>
          <TableHeaderCell>{t('colName')}</TableHeaderCell>
          {withFields && <TableHeaderCell>{t('colFields')}</TableHeaderCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.slice(0, 500).map((r) => (
          <TableRow key={r.line}>
            <TableCell>{r.line}</TableCell>
            <TableCell>{r.orgNumber}</TableCell>
            <TableCell>{r.name}</TableCell>
            {withFields && <TableCell>{r.fields?.map((f) => t(`fields.${f}`)).join(', ')}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}

/** Upload → preview (new, changed, closed units) → apply; a bad file shows every line's problem and writes nothing. */
export function UnitImportFlow() {
  const t = useTranslations('UnitImport')
  const [preview, sendFile, reading] = useActionState<TUnitImportResult | null, FormData>(previewUnitImportAction, null)
  const [applied, apply, applying] = useActionState<TUnitImportResult | null, FormData>(applyUnitImportAction, null)
  const shown = preview?.ok && preview.done === 'previewed' ? preview : null
  const problem = (s: TUnitImportResult | null) =>
    s && !s.ok ? s.error === 'fileErrors' ? <LineErrors namespace="UnitImport" linesNamespace="Import" errors={s.lineErrors} /> : <Alert data-color="danger">{t(`errors.${s.error}`)}</Alert> : null
  return (
    <div className="flex flex-col gap-6">
      <FileUploadForm action={sendFile} pending={reading} label={t('file')} help={t('fileHelp')} submit={t('preview')} />
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
          <Paragraph>
            {t('previewCounts', { added: shown.preview.created.length, changed: shown.preview.changed.length, deactivated: shown.preview.deactivated.length, unchanged: shown.preview.unchanged })}
          </Paragraph>
          <PreviewTable caption={t('captionNew')} rows={shown.preview.created} />
          <PreviewTable caption={t('captionChanged')} rows={shown.preview.changed} />
          <PreviewTable caption={t('captionDeactivated')} rows={shown.preview.deactivated} />
          <ActionForm action={apply}>
            <input type="hidden" name="fileName" value={shown.file.name} />
            <input type="hidden" name="fileData" value={shown.file.data} />
            <input type="hidden" name="digest" value={shown.preview.digest} />
            <Button type="submit" disabled={applying}>
              {t('apply')}
            </Button>
          </ActionForm>
        </section>
      )}
    </div>
  )
}
