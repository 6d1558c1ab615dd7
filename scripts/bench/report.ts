import { median, type TProbe, type TRun, type TTarget } from './measure'

export interface TReportInput {
  label: string
  date: string
  commit: string
  database: string
  scale: string
  flags: { duration: number; connections: number[]; repeats: number }
  loadBefore: string
  loadAfter: string
  targets: TTarget[]
  probes: Map<string, TProbe>
  runs: TRun[]
  rss: { idleMb: number; peakMb: number; peakByConnections: Map<number, number> }
  startMs: number
  minutes: number
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-GB') : n >= 10 ? n.toFixed(1) : n.toFixed(2))
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`)

/** Median and spread (min–max) of the repeats; a single repeat has no spread. */
function spread(values: number[], format = fmt) {
  if (values.length === 0) return '–'
  const m = format(median(values))
  return values.length > 1 ? `${m} (${format(Math.min(...values))}–${format(Math.max(...values))})` : m
}

function cells(runs: TRun[], target: string, c: number) {
  const mine = runs.filter((r) => r.target === target && r.connections === c)
  return {
    rps: spread(mine.map((r) => r.rps)),
    // A run in which no request finished has no latency to show (autocannon drops what is in flight at the end).
    latency: mine.some((r) => r.rps > 0) ? `${Math.round(median(mine.map((r) => r.p50)))} / ${Math.round(median(mine.map((r) => r.p99)))}` : mine.length ? 'none done' : '–',
    bad: mine.reduce((a, r) => a + r.bad, 0),
    medianRps: mine.length ? median(mine.map((r) => r.rps)) : NaN,
  }
}

/** The markdown report: one row per page, a column group per connection count. */
export function renderReport(r: TReportInput): string {
  const conns = r.flags.connections
  const ratioAt = conns.includes(10) ? 10 : conns[conns.length - 1]!
  const plain = cells(r.runs, 'plain server', ratioAt).medianRps
  const light = cells(r.runs, 'light page', ratioAt).medianRps
  const head = [
    'page', 'as', 'status', 'HTML KB', 'SQL (tx)',
    ...conns.flatMap((c) => [`req/s @${c}`, `p50 / p99 ms @${c}`, `non-2xx+err @${c}`]),
    `plain ÷ page @${ratioAt}`, `page ÷ light @${ratioAt}`,
  ]
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < 3 ? '---' : '---:')).join('|')}|`]
  for (const t of r.targets) {
    const p = r.probes.get(t.name)
    const row = [t.name, t.persona, p ? String(p.status) : '200', p ? (p.bytes / 1024).toFixed(1) : '–', t.name !== 'plain server' && p ? `${p.statements} (${p.transactions})` : '–']
    let own = NaN
    for (const c of conns) {
      const x = cells(r.runs, t.name, c)
      if (c === ratioAt) own = x.medianRps
      row.push(x.rps, x.latency, String(x.bad))
    }
    const none = t.name === 'plain server' || !(own > 0)
    row.push(t.name === 'plain server' ? '1' : none ? '–' : `1/${fmt(plain / own)}`, none ? '–' : (own / light).toFixed(2))
    lines.push(`| ${row.join(' | ')} |`)
  }
  const peaks = [...r.rss.peakByConnections.entries()].map(([c, mb]) => `${mb} MB at ${c}`).join(', ')
  return [
    `# Bench ${r.date} (${r.label})`,
    '',
    `Commit \`${r.commit}\`, ${r.database} (${r.scale}); \`next start\` on loopback, autocannon, ${r.flags.duration} s per measurement at ${conns.join(', ')} connections, ${r.flags.repeats} interleaved repeat(s), ${r.minutes.toFixed(1)} minutes in all.`,
    `Load (uptime) before: ${r.loadBefore}; after: ${r.loadAfter}. The machine has 2 cores shared with other work: compare runs made under similar load.`,
    '',
    lines.join('\n'),
    '',
    `- req/s: median of the repeats (min–max); latency: median p50 / p99 in ms of the requests that finished within the measurement (\`none done\`: not one did); non-2xx+err: summed over the repeats.`,
    `- SQL (tx): statements the app sent to PostgreSQL for one warm request of the page, and how many transactions (BEGIN) among them, counted by the app in bench mode (\`SAMKOMP_BENCH_SQL_FILE\`).`,
    `- Server RSS (next start and its children): ${r.rss.idleMb} MB idle after warm-up, peak ${r.rss.peakMb} MB (${peaks}).`,
    `- Cold start: the first request after \`next start\` answered took ${ms(r.startMs)}.`,
    '',
  ].join('\n')
}
