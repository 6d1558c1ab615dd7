/**
 * `npx tsx scripts/lighthouse.ts [--demo] [--database-url URL] [--only a,b] [--runs N] [--port P]`:
 * Lighthouse (mobile preset: an emulated mid-range phone on a throttled network, simulated) on
 * the production build, in Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH), for the front
 * page, the login page, each role's dashboard and a grant year. Prints performance and
 * accessibility per page, the metrics behind performance, and every failed accessibility audit.
 * Targets (issue 14): performance ≥ 95 and accessibility 100.
 *
 * Uses the bench's database and sessions (scripts/bench/database.ts): samkomp_bench (national
 * data) on the local PostgreSQL unless --demo or --database-url; it runs `next start` itself on
 * loopback and never builds. The machine is shared, and Lighthouse's simulated throttling scales
 * with the host's speed: compare runs made under similar load (the load is printed).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { benchDatabaseUrl, createSessions, deleteSessions, heavyPageIds, prepareDatabase, type TPersona } from './bench/database'
import { requireBuild, startNext, type TServer } from './bench/server'
import { SESSION_COOKIE } from '../src/server/auth/session-policy'

const log = (line: string) => console.error(`[lighthouse] ${line}`)

/** Flags that keep Chromium off the network here (no Google services to reach) and headless as root. */
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run']

interface TPage { name: string; as: string; path: string; cookie?: string }
interface TScore { performance: number; accessibility: number; fcp: number; lcp: number; tbt: number; cls: number; si: number; kb: number; failed: string[] }

function pagesFor(personas: TPersona[], grantYearId: string): TPage[] {
  const cookie = (p: TPersona) => `${SESSION_COOKIE}=${p.token}`
  const secretariat = personas.find((p) => p.role === 'FORUM_SECRETARIAT')!
  return [
    { name: 'front page /', as: 'none', path: '/' },
    { name: 'login /logg-inn', as: 'none', path: '/logg-inn' },
    { name: 'light page /tilgjengelighet', as: 'none', path: '/tilgjengelighet' },
    ...personas.map((p) => ({ name: `dashboard ${p.role}`, as: p.role, path: '/oversikt', cookie: cookie(p) })),
    { name: 'grant year /okonomi/[id]', as: 'FORUM_SECRETARIAT', path: `/okonomi/${grantYearId}`, cookie: cookie(secretariat) },
  ]
}

async function audit(url: string, port: number, cookie: string | undefined): Promise<TScore> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  })
  if (!result) throw new Error(`${url}: Lighthouse returned nothing`)
  const { categories, audits } = result.lhr
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`)
  const value = (id: string) => audits[id]?.numericValue ?? NaN
  const a11yRefs = categories.accessibility?.auditRefs ?? []
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    si: value('speed-index'),
    kb: value('total-byte-weight') / 1024,
    failed: a11yRefs.filter((r) => r.weight > 0 && audits[r.id]?.score === 0).map((r) => r.id),
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

function row(page: TPage, runs: TScore[]) {
  const m = (pick: (s: TScore) => number) => median(runs.map(pick))
  const spread = (pick: (s: TScore) => number) => (runs.length > 1 ? ` (${Math.min(...runs.map(pick))}–${Math.max(...runs.map(pick))})` : '')
  const failed = [...new Set(runs.flatMap((r) => r.failed))]
  return `| ${page.name} | ${page.as} | ${m((s) => s.performance)}${spread((s) => s.performance)} | ${m((s) => s.accessibility)} | ${(m((s) => s.fcp) / 1000).toFixed(1)} s | ${(m((s) => s.lcp) / 1000).toFixed(1)} s | ${Math.round(m((s) => s.tbt))} ms | ${m((s) => s.cls).toFixed(3)} | ${(m((s) => s.si) / 1000).toFixed(1)} s | ${Math.round(m((s) => s.kb))} | ${failed.join(', ') || '–'} |`
}

async function main() {
  const { values } = parseArgs({
    options: {
      demo: { type: 'boolean', default: false },
      'database-url': { type: 'string' },
      only: { type: 'string' },
      runs: { type: 'string', default: '1' },
      port: { type: 'string', default: '3997' },
    },
  })
  const runs = Number(values.runs)
  const port = Number(values.port)
  if (!Number.isInteger(runs) || runs < 1 || runs > 5) throw new Error('--runs takes 1 to 5')
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error('--port takes 1024 to 65535')
  const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!fs.existsSync(chromePath)) throw new Error(`Chromium not found at ${chromePath}: install it with \`apt-get install -y chromium\`.`)
  requireBuild()

  const databaseUrl = benchDatabaseUrl({ databaseUrl: values['database-url'], demo: values.demo })
  const prisma = await prepareDatabase(databaseUrl, values.demo, log)
  const personas = await createSessions(prisma, values.demo)
  const { grantYearId } = await heavyPageIds(prisma, personas.find((p) => p.role === 'FORUM_SECRETARIAT')!)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'samkomp-lighthouse-'))
  let next: TServer | undefined
  let chrome: chromeLauncher.LaunchedChrome | undefined
  try {
    next = await startNext({ port, databaseUrl, sqlFile: path.join(work, 'sql.json'), logFile: path.join(work, 'server.log'), log })
    const userDataDir = path.join(work, 'chrome')
    fs.mkdirSync(userDataDir)
    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, userDataDir })
    let pages = pagesFor(personas, grantYearId)
    if (values.only) pages = pages.filter((p) => values.only!.split(',').some((o) => p.name.includes(o)))
    const lines = ['| page | as | performance | accessibility | FCP | LCP | TBT | CLS | Speed Index | KB transferred | failed accessibility audits |', '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|']
    for (const page of pages) {
      // One warm-up request, so that no run measures the server's first compile of a page.
      await (await fetch(`${next.baseUrl}${page.path}`, { headers: page.cookie ? { cookie: page.cookie } : {} })).arrayBuffer()
      const scores: TScore[] = []
      try {
        for (let i = 0; i < runs; i++) scores.push(await audit(`${next.baseUrl}${page.path}`, chrome.port, page.cookie))
        lines.push(row(page, scores))
      } catch (error) {
        // A page Lighthouse cannot finish (it stopped responding) is a result too: say so, go on.
        lines.push(`| ${page.name} | ${page.as} | failed: ${(error instanceof Error ? error.message : String(error)).replace(/\|/g, '/').slice(0, 160)} |`)
      }
      log(lines[lines.length - 1]!)
    }
    console.log(`Lighthouse (mobile), ${databaseUrl.replace(/^postgres:\/\/[^@]*@/, '')}, ${runs} run(s) per page (median), load ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}\n`)
    console.log(lines.join('\n'))
  } finally {
    chrome?.kill()
    await next?.stop()
    await deleteSessions(prisma, personas)
    await prisma.$disconnect()
    fs.rmSync(work, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
