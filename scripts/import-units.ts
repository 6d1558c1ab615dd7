/**
 * `npm run import:units -- FILE.csv [--locale nn|en]`: imports schools and kindergartens in the
 * national school register's shape into the configured database. Nothing is written when any row
 * is wrong; every error is printed with its line number.
 */
import fs from 'node:fs'
import { createTranslator } from 'next-intl'
import { connect } from '../src/server/db/client'
import { importUnits } from '../src/features/units/import-units'
import { isLocale } from '../src/i18n/locales'
import nb from '../messages/nb.json'
import nn from '../messages/nn.json'
import en from '../messages/en.json'

const [file, ...rest] = process.argv.slice(2)
const localeArg = rest[rest.indexOf('--locale') + 1]
const locale = isLocale(localeArg) ? localeArg : 'nb'
if (!file) {
  console.error('Bruk: npm run import:units -- fil.csv')
  process.exit(2)
}
const t = createTranslator({ locale, messages: { nb, nn, en }[locale], namespace: 'Import' })
const connection = await connect()
try {
  const result = await importUnits(connection.prisma, fs.readFileSync(file, 'utf8'), locale)
  if (result.ok) {
    console.log(t('summaryOk', { created: result.created, updated: result.updated }))
  } else {
    for (const error of result.errors) console.error(error.message)
    console.error(t('summaryFailed', { count: result.errors.length }))
    process.exitCode = 1
  }
} finally {
  await connection.close()
}
