'use client'

import { useTranslations } from 'next-intl'
import { Paragraph } from '@/components/ui/ds-static'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import { ImportFlow } from '@/components/ui/import-flow'
import { applyUnitImportAction, previewUnitImportAction } from '../actions'
import type { TUnitLine } from '../schemas'

type TPreviewRow = TUnitLine & { fields?: string[] }

/** One part of the preview (new, changed or closed units) as a table, or nothing when it is empty. */
function PreviewTable({ caption, rows }: { caption: string; rows: TPreviewRow[] }) {
  const t = useTranslations('UnitImport')
  const columns: TColumn<TPreviewRow>[] = [
    { header: t('colLine'), cell: (r) => r.line },
    { header: t('colOrgNumber'), cell: (r) => r.orgNumber },
    { header: t('colName'), cell: (r) => r.name },
  ]
  if (rows.some((r) => r.fields)) columns.push({ header: t('colFields'), cell: (r) => r.fields?.map((f) => t(`fields.${f}`)).join(', ') })
  return <DataTable caption={caption} rows={rows.slice(0, 500)} rowKey={(r) => String(r.line)} empty={null} columns={columns} />
}

/** Upload → preview (new, changed, closed units) → apply; a bad file shows every line's problem and writes nothing. */
export function UnitImportFlow() {
  const t = useTranslations('UnitImport')
  return (
    <ImportFlow namespace="UnitImport" linesNamespace="Import" previewAction={previewUnitImportAction} applyAction={applyUnitImportAction}>
      {(preview) => (
        <>
          <Paragraph>{t('previewCounts', { added: preview.created.length, changed: preview.changed.length, deactivated: preview.deactivated.length, unchanged: preview.unchanged })}</Paragraph>
          <PreviewTable caption={t('captionNew')} rows={preview.created} />
          <PreviewTable caption={t('captionChanged')} rows={preview.changed} />
          <PreviewTable caption={t('captionDeactivated')} rows={preview.deactivated} />
        </>
      )}
    </ImportFlow>
  )
}
