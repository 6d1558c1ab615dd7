/**
 * The backup-and-restore drill (scripts/backup-drill.ts, docs/decisions/033-backup-restore-drill.md):
 * dump a PostgreSQL database with pg_dump, restore the dump into a fresh database with
 * pg_restore, and compare the two: rows and a checksum of the rows per table, and the number of
 * each kind of schema object (a restore that lost the triggers or the row-level security policies
 * would hold the same rows and no longer refuse what the code must never do).
 */
import { execFile } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { withPgClient } from '../../tests/setup/pg-client'

const execFileAsync = promisify(execFile)

/** Runs a PostgreSQL client tool; a failure names the tool and its stderr, never the URL (it may hold a password). */
async function run(tool: string, args: string[], urls: string[]): Promise<void> {
  try {
    await execFileAsync(tool, args, { maxBuffer: 16 * 1024 * 1024 })
  } catch (error) {
    // Note: the caught error is not attached as the cause: its message and arguments hold the
    // URL, password included.
    const { stderr, code } = error as { stderr?: string; code?: string | number }
    let message = code === 'ENOENT' ? 'not found: install the PostgreSQL client tools (apt-get install -y postgresql-client)' : String(stderr ?? '').trim() || String(error)
    for (const url of urls) message = message.replaceAll(url, '<database url>')
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`${tool} failed: ${message}`)
  }
}

export type TTableCheck = { table: string; sourceRows: number; restoredRows: number; sourceChecksum: string; restoredChecksum: string; ok: boolean }
export type TObjectCheck = { kind: string; source: number; restored: number; ok: boolean }
export type TComparison = { tables: TTableCheck[]; objects: TObjectCheck[]; ok: boolean }
export type TDrillReport = TComparison & { dumpBytes: number; dumpMs: number; restoreMs: number; restoredUrl: string; kept: boolean }

/** Every table outside PostgreSQL's own schemas, as a quoted `schema.table`. */
async function tablesOf(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
      ORDER BY 1`,
  )
  return rows.map((r) => r.name)
}

/**
 * Rows and an md5 over the table's rows as text, in byte order (COLLATE "C": the same order
 * whatever the databases' collations), so any changed, lost or added row changes it.
 */
async function tableFigures(client: pg.Client, table: string): Promise<{ rows: number; checksum: string }> {
  const { rows } = await client.query<{ rows: string; checksum: string }>(
    `SELECT count(*)::text AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS checksum FROM ${table} t`,
  )
  return { rows: Number(rows[0]!.rows), checksum: rows[0]!.checksum }
}

/** Schema objects whose loss a row comparison would not see. */
const OBJECT_QUERIES: Record<string, string> = {
  tables: `SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')`,
  indexes: `SELECT count(*) FROM pg_indexes WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
  constraints: `SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')`,
  triggers: `SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal`,
  functions: `SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')`,
  'row-level security policies': `SELECT count(*) FROM pg_policy`,
  'tables with row-level security on': `SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relrowsecurity AND n.nspname NOT IN ('pg_catalog', 'information_schema')`,
  sequences: `SELECT count(*) FROM pg_sequences WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
}

async function objectCounts(client: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const [kind, sql] of Object.entries(OBJECT_QUERIES)) {
    const { rows } = await client.query<{ count: string }>(sql)
    counts[kind] = Number(rows[0]!.count)
  }
  return counts
}


/**
 * Compares two databases table by table (a table missing from either side is a mismatch) and
 * object kind by kind.
 *
 * Note: counts read through row-level security see only what the connecting role may see: run
 * the drill as the database's owner or a superuser (docs/decisions/008-row-level-security.md:
 * the tables' policies apply to the app's tenant roles).
 */
export async function compareDatabases(sourceUrl: string, restoredUrl: string): Promise<TComparison> {
  return withPgClient(sourceUrl, (source) =>
    withPgClient(restoredUrl, async (restored) => {
      const names = [...new Set([...(await tablesOf(source)), ...(await tablesOf(restored))])].sort()
      const sourceTables = new Set(await tablesOf(source))
      const restoredTables = new Set(await tablesOf(restored))
      const missing = { rows: -1, checksum: '(missing)' }
      const tables: TTableCheck[] = []
      for (const table of names) {
        const a = sourceTables.has(table) ? await tableFigures(source, table) : missing
        const b = restoredTables.has(table) ? await tableFigures(restored, table) : missing
        tables.push({ table, sourceRows: a.rows, restoredRows: b.rows, sourceChecksum: a.checksum, restoredChecksum: b.checksum, ok: a.rows === b.rows && a.checksum === b.checksum })
      }
      const [a, b] = [await objectCounts(source), await objectCounts(restored)]
      const objects = Object.keys(OBJECT_QUERIES).map((kind) => ({ kind, source: a[kind]!, restored: b[kind]!, ok: a[kind] === b[kind] }))
      // An empty source restores "perfectly" and proves nothing: a drill of no tables fails.
      return { tables, objects, ok: sourceTables.size > 0 && tables.every((t) => t.ok) && objects.every((o) => o.ok) }
    }),
  )
}

/** The same server's maintenance database, from which a fresh database is created and dropped. */
function adminUrlFor(url: string): string {
  const admin = new URL(url)
  admin.pathname = '/postgres'
  return admin.toString()
}

function withDatabase(url: string, name: string): string {
  const target = new URL(url)
  target.pathname = `/${name}`
  return target.toString()
}

export async function dropDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  await withPgClient(adminUrlFor(url), (admin) => admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`))
}

/**
 * Runs the drill on the database at `sourceUrl`: dump (custom format), restore into a new database
 * on the same server (named after the source with `_drill_` and a random part), compare. The
 * restored database is dropped afterwards unless `keep`; the dump file is always removed.
 */
export async function runBackupDrill(options: { sourceUrl: string; keep?: boolean }): Promise<TDrillReport> {
  const { sourceUrl } = options
  const sourceName = decodeURIComponent(new URL(sourceUrl).pathname.slice(1))
  const restoredName = `${sourceName}_drill_${randomUUID().replace(/-/g, '').slice(0, 8)}`.slice(0, 63)
  const restoredUrl = withDatabase(sourceUrl, restoredName)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samkomp-drill-'))
  const file = path.join(dir, `${sourceName}.dump`)
  let created = false
  try {
    const dumpStarted = performance.now()
    await run('pg_dump', ['--format=custom', '--file', file, '--dbname', sourceUrl], [sourceUrl])
    const dumpMs = performance.now() - dumpStarted
    await withPgClient(adminUrlFor(sourceUrl), (admin) => admin.query(`CREATE DATABASE ${pg.escapeIdentifier(restoredName)} TEMPLATE template0`))
    created = true
    const restoreStarted = performance.now()
    await run('pg_restore', ['--exit-on-error', '--single-transaction', '--dbname', restoredUrl, file], [restoredUrl])
    const restoreMs = performance.now() - restoreStarted
    const comparison = await compareDatabases(sourceUrl, restoredUrl)
    return { ...comparison, dumpBytes: fs.statSync(file).size, dumpMs, restoreMs, restoredUrl, kept: Boolean(options.keep) }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
    if (created && !options.keep) await dropDatabase(restoredUrl)
  }
}

/** The report as plain-text tables, for a terminal or a CI log. */
export function formatDrillReport(report: TDrillReport): string {
  const table = (head: string[], rows: string[][]) => {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()
    return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
  }
  const rows = (n: number) => (n < 0 ? 'missing' : String(n))
  const tables = table(
    ['table', 'rows (source)', 'rows (restored)', 'checksum', 'result'],
    report.tables.map((t) => [t.table, rows(t.sourceRows), rows(t.restoredRows), t.sourceChecksum === t.restoredChecksum ? t.sourceChecksum.slice(0, 12) : `${t.sourceChecksum.slice(0, 12)} ≠ ${t.restoredChecksum.slice(0, 12)}`, t.ok ? 'ok' : 'DIFFERENT']),
  )
  const objects = table(['schema objects', 'source', 'restored', 'result'], report.objects.map((o) => [o.kind, String(o.source), String(o.restored), o.ok ? 'ok' : 'DIFFERENT']))
  const totalRows = report.tables.reduce((sum, t) => sum + Math.max(t.sourceRows, 0), 0)
  const summary = [
    `dump: ${(report.dumpBytes / 1024).toFixed(0)} KiB in ${Math.round(report.dumpMs)} ms; restore: ${Math.round(report.restoreMs)} ms`,
    `${report.tables.length} tables, ${totalRows} rows; ${report.tables.filter((t) => !t.ok).length} tables and ${report.objects.filter((o) => !o.ok).length} object kinds differ`,
    report.kept ? `restored database kept: ${new URL(report.restoredUrl).pathname.slice(1)}` : 'restored database dropped',
    report.tables.length === 0 ? 'the source database has no tables: nothing was tested' : '',
    report.ok ? 'DRILL PASSED: the restore holds the same rows and schema objects' : 'DRILL FAILED',
  ]
  return [tables, '', objects, '', ...summary.filter(Boolean)].join('\n')
}
