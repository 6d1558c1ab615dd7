import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import type { TFieldProblem } from '@/lib/field-problems'

/**
 * Each field's problem said in the request's language (`FieldErrors.<key>`), for the form to show
 * under the field. Translated here, on the server, so that no page has to send the FieldErrors
 * namespace to the browser (ADR 028). A problem with no text of its own (an area's rule whose
 * message sits in the area's `errors.*`) is left out, and the form shows the area's error.
 */
export async function fieldErrors(problems: Record<string, TFieldProblem>, fields?: string[]): Promise<Record<string, string>> {
  const entries = Object.entries(problems).filter(([field]) => !fields || fields.includes(field))
  if (entries.length === 0) return {}
  const [t, locale] = await Promise.all([getTranslations('FieldErrors'), getLocale()])
  // Four-digit numbers (years) ungrouped, larger ones grouped: "2017", "100 000".
  const number = new Intl.NumberFormat(locale, { useGrouping: 'min2', maximumFractionDigits: 2 })
  const texts: Record<string, string> = {}
  for (const [field, problem] of entries) {
    if (!t.has(problem.key)) continue
    const values = Object.fromEntries(Object.entries(problem.values ?? {}).map(([k, v]) => [k, typeof v === 'number' ? number.format(v) : v]))
    texts[field] = t(problem.key, values)
  }
  return texts
}

/** The heading of a refused form's error summary (src/components/ui/form-feedback.tsx), by how many fields it lists. */
export async function errorSummaryHeading(count: number): Promise<string> {
  const t = await getTranslations('FormFeedback')
  return t('summary', { count })
}
