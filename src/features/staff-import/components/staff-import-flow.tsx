'use client'

import { useTranslations } from 'next-intl'
import { Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { ImportFlow } from '@/components/ui/import-flow'
import { applyStaffImportAction, previewStaffImportAction } from '../actions'

/** Upload → preview (new, changed, unchanged) → apply; a bad file shows every line's problem and writes nothing. */
export function StaffImportFlow() {
  const t = useTranslations('StaffImport')
  const tRoles = useTranslations('Roles')
  return (
    <ImportFlow namespace="StaffImport" previewAction={previewStaffImportAction} applyAction={applyStaffImportAction} canApply={(p) => p.counts.new + p.counts.changed > 0}>
      {(preview, file) => (
        <>
          <Paragraph>{t('previewCounts', { added: preview.counts.new, changed: preview.counts.changed, unchanged: preview.counts.unchanged })}</Paragraph>
          <DataTable
            caption={t('previewCaption', { file: file.name })}
            rows={preview.rows}
            rowKey={(r) => String(r.line)}
            empty={null}
            columns={[
              { header: t('colLine'), cell: (r) => r.line },
              {
                header: t('colPerson'),
                cell: (r) => (
                  <>
                    {r.name}
                    <span className="block text-sm">{r.email}</span>
                  </>
                ),
              },
              { header: t('colUnit'), cell: (r) => r.unitName },
              { header: t('colRole'), cell: (r) => (r.previousRole && r.status === 'changed' ? t('roleChange', { from: tRoles(r.previousRole), to: tRoles(r.role) }) : tRoles(r.role)) },
              { header: t('colClasses'), cell: (r) => r.classes.join(', ') || '–' },
              { header: t('colStatus'), cell: (r) => t(`status.${r.status}`) },
            ]}
          />
        </>
      )}
    </ImportFlow>
  )
}
