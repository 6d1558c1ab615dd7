'use client'

import { useTranslations } from 'next-intl'
import { ErrorSummary } from '@digdir/designsystemet-react'
// The summary's behaviour (it takes the focus when shown): not in designsystemet-web.ts, which every page with a field loads.
import '@digdir/designsystemet-web/ds-error-summary'
import type { TLineError } from '@/lib/tabular-file'

/**
 * The file's problems, one per line, in the person's language (`<linesNamespace>.<code>`, by default
 * `<namespace>.lines.<code>`), in an
 * error summary (Designsystemet's, which takes focus when it appears). Nothing was written.
 */
export function LineErrors({ namespace, linesNamespace, errors }: { namespace: string; linesNamespace?: string; errors: TLineError[] }) {
  const t = useTranslations(namespace)
  const tLines = useTranslations(linesNamespace ?? `${namespace}.lines`)
  return (
    <ErrorSummary>
      <ErrorSummary.Heading>{t('errorsHeading', { count: errors.length })}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.slice(0, 200).map((e, i) => (
          <ErrorSummary.Item key={i}>{tLines(e.code, { line: e.line, value: '', first: '', columns: '', max: '', ...e.values })}</ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  )
}
