'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { Alert, Button, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { ActionForm } from '@/components/ui/action-form'
import { FileUploadForm } from '@/components/ui/file-upload-form'
import { LineErrors } from '@/components/ui/line-errors'
import { applyStaffImportAction, previewStaffImportAction } from '../actions'
import type { TStaffImportResult } from '../schemas'

/** Upload → preview (new, changed, unchanged) → apply; a bad file shows every line's problem and writes nothing. */
export function StaffImportFlow() {
  const t = useTranslations('StaffImport')
  const tRoles = useTranslations('Roles')
  const [preview, sendFile, reading] = useActionState<TStaffImportResult | null, FormData>(previewStaffImportAction, null)
  const [applied, apply, applying] = useActionState<TStaffImportResult | null, FormData>(applyStaffImportAction, null)
  const shown = preview?.ok && preview.done === 'previewed' ? preview : null
  return (
    <div className="flex flex-col gap-6">
      <FileUploadForm action={sendFile} pending={reading} label={t('file')} help={t('fileHelp')} submit={t('preview')} />
      {preview && !preview.ok && (preview.error === 'fileErrors' ? <LineErrors namespace="StaffImport" errors={preview.lineErrors} /> : <Alert data-color="danger">{t(`errors.${preview.error}`)}</Alert>)}
      {applied?.ok && applied.done === 'applied' && (
        <Alert data-color="success" role="status">
          {t('done.applied', applied.values)}
        </Alert>
      )}
      {applied && !applied.ok && (applied.error === 'fileErrors' ? <LineErrors namespace="StaffImport" errors={applied.lineErrors} /> : <Alert data-color="danger">{t(`errors.${applied.error}`)}</Alert>)}
      {shown && !applied?.ok && (
        <section aria-labelledby="preview" className="flex flex-col gap-3">
          <h2 id="preview" className="ds-heading" data-size="sm">
            {t('previewHeading')}
          </h2>
          <Paragraph>{t('previewCounts', { added: shown.preview.counts.new, changed: shown.preview.counts.changed, unchanged: shown.preview.counts.unchanged })}</Paragraph>
          <Table zebra className="w-full">
            <caption className="text-left">{t('previewCaption', { file: shown.file.name })}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('colLine')}</TableHeaderCell>
                <TableHeaderCell>{t('colPerson')}</TableHeaderCell>
                <TableHeaderCell>{t('colUnit')}</TableHeaderCell>
                <TableHeaderCell>{t('colRole')}</TableHeaderCell>
                <TableHeaderCell>{t('colClasses')}</TableHeaderCell>
                <TableHeaderCell>{t('colStatus')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {shown.preview.rows.map((r) => (
                <TableRow key={r.line}>
                  <TableCell>{r.line}</TableCell>
                  <TableCell>
                    {r.name}
                    <span className="block text-sm">{r.email}</span>
                  </TableCell>
                  <TableCell>{r.unitName}</TableCell>
                  <TableCell>{r.previousRole && r.status === 'changed' ? t('roleChange', { from: tRoles(r.previousRole), to: tRoles(r.role) }) : tRoles(r.role)}</TableCell>
                  <TableCell>{r.classes.join(', ') || '–'}</TableCell>
                  <TableCell>{t(`status.${r.status}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <ActionForm action={apply}>
            <input type="hidden" name="fileName" value={shown.file.name} />
            <input type="hidden" name="fileData" value={shown.file.data} />
            <input type="hidden" name="digest" value={shown.preview.digest} />
            <Button type="submit" disabled={applying || shown.preview.counts.new + shown.preview.counts.changed === 0}>
              {t('apply')}
            </Button>
          </ActionForm>
        </section>
      )}
    </div>
  )
}
