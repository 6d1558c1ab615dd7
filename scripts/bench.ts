/**
 * `npm run bench`: measures the production build (issue 14). Starts `next start` on PostgreSQL
 * (national data unless --demo), logs in one person of each role by writing their sessions, and
 * measures with autocannon, interleaved and repeated: a plain Node server returning the light
 * page's bytes (the limit), the light page, each role's dashboard and the heavy pages, at each
 * connection count. Writes docs/benchmarks/YYYY-MM-DD-<label>.md and prints it. Loopback only.
 * `npm run bench -- --help` lists the flags.
 */
import { execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { benchHelp, parseBenchFlags, type TBenchFlags } from './bench/flags'
import { benchDatabaseUrl, createSessions, deleteSessions, heavyPageIds, prepareDatabase, type TPersona } from './bench/database'
import { load, probe, type TProbe, type TRun, type TTarget } from './bench/measure'
import { renderReport } from './bench/report'
import { runSurveyStage } from './bench/survey-stage'
import { renderSurveyReport } from './bench/survey-report'
import { requireBuild, startNext, startPlain, treeRssMb, waitQuiet, type TServer } from './bench/server'
import { SESSION_COOKIE } from '../src/server/auth/session-policy'

const log = (line: string) => console.log(`[bench] ${line}`)
const uptimeLoad = () => os.loadavg().map((l) => l.toFixed(2)).join(', ')

function targetsFor(baseUrl: string, plainUrl: string, personas: TPersona[], ids: { grantYearId: string; forumId: string }): TTarget[] {
  const cookie = (p: TPersona) => `${SESSION_COOKIE}=${p.token}`
  const secretariat = personas.find((p) => p.role === 'FORUM_SECRETARIAT')!
  const heavy = (name: string, pathname: string): TTarget => ({ name, persona: 'FORUM_SECRETARIAT', url: `${baseUrl}${pathname}`, cookie: cookie(secretariat) })
  return [
    { name: 'plain server', persona: 'none', url: `${plainUrl}/` },
    { name: 'light page', persona: 'none', url: `${baseUrl}/tilgjengelighet` },
    ...personas.map((p) => ({ name: `dashboard ${p.role}`, persona: p.role, url: `${baseUrl}/oversikt`, cookie: cookie(p) })),
    heavy('grant year /okonomi/[id]', `/okonomi/${ids.grantYearId}`),
    heavy('measures /tiltak', '/tiltak'),
    heavy('forum /forum/[id]', `/forum/${ids.forumId}`),
    heavy('networks /nettverk', '/nettverk'),
    heavy('needs /behov', '/behov'),
  ]
}

/** Writes the view's HTML to `dir` (--dump), named after the target. */
async function dumpHtml(dir: string, t: TTarget) {
  fs.mkdirSync(dir, { recursive: true })
  const html = await (await fetch(t.url, { headers: t.cookie ? { cookie: t.cookie } : {}, redirect: 'manual' })).text()
  fs.writeFileSync(path.join(dir, `${t.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.html`), html)
}

/** Every target at every connection count, `repeats` times, interleaved so drift hits all alike. */
async function measureAll(flags: TBenchFlags, targets: TTarget[], next: TServer) {
  const runs: TRun[] = []
  const peakByConnections = new Map<number, number>()
  const total = flags.repeats * flags.connections.length * targets.length
  let done = 0
  for (let repeat = 1; repeat <= flags.repeats; repeat++) {
    for (const connections of flags.connections) {
      for (const t of targets) {
        let peak = 0
        const sample = t.name === 'plain server' ? undefined : () => (peak = Math.max(peak, treeRssMb(next.process.pid!)))
        const result = await load(t, connections, flags.duration, sample)
        runs.push({ target: t.name, connections, repeat, ...result, rssMb: peak || undefined })
        peakByConnections.set(connections, Math.max(peakByConnections.get(connections) ?? 0, peak))
        done += 1
        await waitQuiet(next.process.pid!)
        log(`${done}/${total} ${t.name} @${connections}: ${result.rps.toFixed(1)} req/s, p99 ${result.p99} ms, ${result.bad} bad${peak ? `, ${peak} MB` : ''}`)
      }
    }
  }
  return { runs, peakByConnections }
}

/** The page measurements: each target probed, then loaded at every connection count; the markdown table. */
async function measurePages(o: { flags: TBenchFlags; next: TServer; plainUrl: string; personas: TPersona[]; ids: Awaited<ReturnType<typeof heavyPageIds>>; sqlFile: string }) {
  const { flags, next } = o
  let targets = targetsFor(next.baseUrl, o.plainUrl, o.personas, o.ids)
  if (flags.only) targets = targets.filter((t) => flags.only!.split(',').some((x) => t.name.includes(x) || t.name === 'plain server' || t.name === 'light page'))
  const probes = new Map<string, TProbe>()
  for (const t of targets) {
    probes.set(t.name, await probe(t, t.name === 'plain server' ? undefined : o.sqlFile))
    const p = probes.get(t.name)!
    log(`${t.name}: HTTP ${p.status}, ${(p.bytes / 1024).toFixed(1)} KB, ${p.statements} SQL in ${p.transactions} transactions, first ${p.firstMs} ms`)
    if (flags.dump) await dumpHtml(flags.dump, t)
  }
  const idleMb = treeRssMb(next.process.pid!)
  const { runs, peakByConnections } = await measureAll(flags, targets, next)
  return {
    targets,
    probes,
    runs,
    rss: { idleMb, peakMb: Math.max(0, ...peakByConnections.values()), peakByConnections },
    startMs: probes.get(targets.find((t) => t.name.startsWith('dashboard'))?.name ?? '')?.firstMs ?? 0,
  }
}

/** The survey stage's report when it runs alone (--no-pages): the run's header, then its section. */
function surveyOnlyReport(r: { label: string; date: string; commit: string; database: string; loadBefore: string; loadAfter: string; minutes: number }, section: string) {
  return [
    `# Bench ${r.date} (${r.label})`,
    '',
    `Commit \`${r.commit}\`, ${r.database} (national data); \`next start\` on loopback, ${r.minutes.toFixed(1)} minutes in all.`,
    `Load (uptime) before: ${r.loadBefore}; after: ${r.loadAfter}. The machine has 2 cores shared with other work: compare runs made under similar load.`,
    '',
    section,
  ].join('\n')
}

async function main() {
  if (process.argv.includes('--help')) return console.log(benchHelp)
  const flags = parseBenchFlags(process.argv.slice(2))
  requireBuild()
  const started = performance.now()
  const loadBefore = uptimeLoad()
  const databaseUrl = benchDatabaseUrl(flags)
  const prisma = await prepareDatabase(databaseUrl, flags.demo, log)
  const personas = flags.pages ? await createSessions(prisma, flags.demo) : []
  const ids = flags.pages ? await heavyPageIds(prisma, personas.find((p) => p.role === 'FORUM_SECRETARIAT')!) : undefined
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'samkomp-bench-'))
  const sqlFile = path.join(work, 'sql-count.json')
  const serverLog = path.join(os.tmpdir(), `samkomp-bench-${flags.label}-server.log`)
  let next: TServer | undefined
  let plain: TServer | undefined
  // Interrupted (Ctrl-C, a timeout): stop the servers we started, which run in their own groups.
  const interrupted = () => void Promise.all([plain?.stop(), next?.stop()]).finally(() => process.exit(130))
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  try {
    next = await startNext({ port: flags.port, databaseUrl, sqlFile, logFile: serverLog, log })
    log(`server output: ${serverLog}`)
    let pages: Awaited<ReturnType<typeof measurePages>> | undefined
    if (flags.pages && ids) {
      const lightHtml = path.join(work, 'light.html')
      fs.writeFileSync(lightHtml, Buffer.from(await (await fetch(`${next.baseUrl}/tilgjengelighet`)).arrayBuffer()))
      plain = await startPlain({ port: flags.port + 1, file: lightHtml })
      pages = await measurePages({ flags, next, plainUrl: plain.baseUrl, personas, ids, sqlFile })
      await plain.stop()
    }
    const surveys = flags.surveys
      ? renderSurveyReport(await runSurveyStage({ prisma, baseUrl: next.baseUrl, sqlFile, serverPid: next.process.pid!, answers: flags.surveyAnswers, connections: flags.surveyConnections, duration: flags.duration, log }))
      : undefined
    const common = {
      label: flags.label,
      date: flags.date,
      commit: execSync('git rev-parse --short HEAD').toString().trim() + (execSync('git status --porcelain -- src').toString().trim() ? ' + uncommitted src changes' : ''),
      database: `PostgreSQL ${new URL(databaseUrl).pathname.slice(1)}`,
      loadBefore,
      loadAfter: uptimeLoad(),
      minutes: (performance.now() - started) / 60_000,
    }
    const report = pages
      ? renderReport({ ...common, ...pages, scale: flags.demo ? 'demo data' : `national data; heavy pages as the secretariat of ${ids!.partnershipName}`, flags }) + (surveys ? `\n${surveys}` : '')
      : surveyOnlyReport(common, surveys!)
    console.log(`\n${report}`)
    if (flags.write) {
      const file = path.join('docs', 'benchmarks', `${flags.date}-${flags.label}.md`)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, report)
      log(`wrote ${file}`)
    }
  } finally {
    await plain?.stop()
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
