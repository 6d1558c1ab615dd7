import { createTranslator } from 'next-intl'
import type { Locale } from '@/i18n/locales'
import nb from '../../../messages/nb.json'
import nn from '../../../messages/nn.json'
import en from '../../../messages/en.json'
import type { TError } from './import-indicators'

// Note: apart from import-indicators.ts, whose writer the seeds use: a module that imports the
// message files cannot be loaded by Playwright's test runner (it wants an import attribute that
// next-intl's precompiled messages refuse), and the two-instance test seeds through that writer.
const messages = { nb, nn, en } as const

/** The problems in the person's language, as the page and the CLI show them. */
export function wordErrors(errors: TError[], locale: Locale = 'nb'): string[] {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Indicators.lines' })
  return errors.map((e) => t(e.code as 'json', { line: e.line, value: '', first: '', columns: '', kind: 'line', column: '', ...e.values }))
}
