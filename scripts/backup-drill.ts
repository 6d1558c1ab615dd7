/**
 * The backup-and-restore drill: dumps a PostgreSQL database (pg_dump), restores the dump into a
 * fresh database on the same server (pg_restore), compares rows and checksums per table and the
 * schema objects, prints the comparison and exits 1 when anything differs
 * (docs/decisions/033-backup-restore-drill.md).
 *
 *   npx tsx scripts/backup-drill.ts --database-url postgres://postgres@127.0.0.1:5432/samkomp [--keep]
 *
 * Without --database-url it reads DATABASE_URL. Run it as the database's owner or a superuser:
 * row-level security would otherwise hide rows from the counts.
 */
import { parseArgs } from 'node:util'
import { formatDrillReport, runBackupDrill } from './lib/backup-drill'

async function main() {
  const { values } = parseArgs({
    options: { 'database-url': { type: 'string' }, keep: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  })
  if (values.help) {
    console.log(
      [
        'usage: npx tsx scripts/backup-drill.ts [--database-url URL] [--keep]',
        '  --database-url  the PostgreSQL database to drill (default DATABASE_URL); connect as its owner or a superuser,',
        '                  since row-level security would hide rows from the counts',
        '  --keep          leave the restored database in place (its name is printed)',
      ].join('\n'),
    )
    return
  }
  const sourceUrl = values['database-url'] ?? process.env.DATABASE_URL
  if (!sourceUrl) throw new Error('No database: pass --database-url or set DATABASE_URL (a PostgreSQL URL).')
  const report = await runBackupDrill({ sourceUrl, keep: values.keep })
  console.log(formatDrillReport(report))
  process.exitCode = report.ok ? 0 : 1
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
