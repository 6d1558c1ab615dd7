/**
 * `npm run import:indicators -- FILE... [--locale nn|en]` imports indicator files (SSB json-stat2,
 * Udir statistics bank CSV/JSON) into the configured database, each in one transaction;
 * `npm run import:indicators -- --ssb 07495 --codes 'Region=*;Kjonn=0,1,2;Tid=top(3)' [--base URL]`
 * downloads a table from SSB's PxWebApi v2 first. A bad file writes nothing and prints each
 * problem with its line or cell (ADR 042).
 */
import fs from 'node:fs'
import path from 'node:path'
import { connect } from '../src/server/db/client'
import { importIndicatorFile } from '../src/features/indicators/import-indicators'
import { wordErrors } from '../src/features/indicators/word-errors'
import { downloadSsbTable, SSB_API_BASE } from '../src/features/indicators/ssb-live'
import { isLocale } from '../src/i18n/locales'

const args = process.argv.slice(2)
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const localeArg = option('--locale')
const locale = isLocale(localeArg) ? localeArg : 'nb'
const optionValues = new Set(['--locale', '--ssb', '--codes', '--base'].map((o) => option(o)).filter(Boolean))
const files = args.filter((a) => !a.startsWith('--') && !optionValues.has(a))
const table = option('--ssb')

/** `Region=*;Tid=top(3)` → { Region: ['*'], Tid: ['top(3)'] } */
const codes = (text: string) => Object.fromEntries(text.split(';').filter(Boolean).map((part) => [part.split('=')[0]!, part.split('=')[1]!.split(',')]))

if (!table && files.length === 0) {
  console.error("Bruk: npm run import:indicators -- fil.json|fil.csv ...   eller   --ssb 07495 --codes 'Region=*;Tid=top(3)'")
  process.exit(2)
}
const inputs: { fileName: string; text: string }[] = files.map((f) => ({ fileName: path.basename(f), text: fs.readFileSync(f, 'utf8') }))
if (table) {
  const download = await downloadSsbTable({ tableId: table, valueCodes: codes(option('--codes') ?? 'Tid=top(3)'), base: option('--base') ?? SSB_API_BASE })
  if (!download.ok) {
    console.error(download.error)
    process.exit(1)
  }
  inputs.push(download)
}
const connection = await connect()
try {
  for (const input of inputs) {
    const result = await importIndicatorFile(connection.prisma, input.fileName, input.text)
    if (result.ok) {
      const s = result.summary
      console.log(`${input.fileName}: ${s.cells} celler (${s.values} tall, ${s.suppressed} skjermet, ${s.missing} mangler), ${s.indicators} indikatorer, ${s.years} år.`)
    } else {
      for (const line of wordErrors(result.errors, locale)) console.error(`${input.fileName}: ${line}`)
      process.exitCode = 1
    }
  }
} finally {
  await connection.close()
}
