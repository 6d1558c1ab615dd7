import type { TSurveyFigures } from './survey-stage'

/** Issue 16's targets on this machine. */
export const SURVEY_TARGETS = { answersPerSecond: 100, p99Ms: 500, resultsMs: 5000 }

const n = (v: number) => Math.round(v).toLocaleString('en-GB')
const s = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`)
const mark = (ok: boolean) => (ok ? 'met' : '**missed**')

/** A results page's load figures; a run in which no request finished has none to show (autocannon drops what is in flight). */
const loaded = (r: TSurveyFigures['resultPages'][number]) => (r.rps === undefined ? '– | –' : r.rps > 0 ? `${r.rps.toFixed(1)} | ${r.p50} / ${r.p99}` : `0 | none done in the measurement`)

/** Whether each target is met: answers/s, p99, 0 errors, 0 lost, none spent twice, results after closing. */
export function surveyVerdicts(f: TSurveyFigures) {
  const errors = f.load.wrong + f.load.errors + f.load.timeouts
  const lost = f.load.submitted - f.stored.answers
  return {
    throughput: f.load.answersPerSecond >= SURVEY_TARGETS.answersPerSecond,
    p99: f.load.p99 <= SURVEY_TARGETS.p99Ms,
    errors: errors === 0,
    lost: lost === 0 && f.load.submitted === f.load.answers && f.stored.spent === f.stored.answers,
    spentOnce: new Set(f.load.codesUsed).size === f.load.codesUsed.length && f.again.refused === f.again.tried && f.again.answersAfter === f.stored.answers,
    results: f.closeMs + f.firstResultsMs <= SURVEY_TARGETS.resultsMs && f.timings.tableMs <= SURVEY_TARGETS.resultsMs,
    errorCount: errors,
    lostCount: lost,
  }
}

/** The survey stage's markdown: the targets first, then what was measured around them. */
export function renderSurveyReport(f: TSurveyFigures): string {
  const v = surveyVerdicts(f)
  const l = f.load
  const rows = [
    ['answers/s (each answer = ' + `${l.postsPerAnswer} posts)`, `≥ ${SURVEY_TARGETS.answersPerSecond}`, `${l.answersPerSecond.toFixed(1)} (${n(l.postsPerSecond)} posts/s)`, mark(v.throughput)],
    [`light page (no SQL) at ${l.connections} connections just before, the ceiling`, '–', `${n(f.light.rps)} req/s, p99 ${f.light.p99} ms`, ''],
    ['latency per post p50 / p90 / p99 / max', `p99 ≤ ${SURVEY_TARGETS.p99Ms} ms`, `${l.p50} / ${l.p90} / ${l.p99} / ${l.max} ms`, mark(v.p99)],
    ['per answer: server CPU (next start), SQL statements (transactions)', '–', `${f.perAnswer.cpuMs.toFixed(1)} ms, ${f.perAnswer.statements.toFixed(1)} (${f.perAnswer.transactions.toFixed(1)})`, ''],
    ['errors (wrong answer, socket, timeout)', '0', `${v.errorCount} (${l.wrong}, ${l.errors}, ${l.timeouts})`, mark(v.errors)],
    ['answers submitted → stored (spent codes)', '0 lost', `${n(l.submitted)} of ${n(l.answers)} → ${n(f.stored.answers)} (${n(f.stored.spent)} spent, ${n(f.stored.unspent)} unspent, ${f.stored.drafts} drafts left)`, mark(v.lost)],
    ['codes spent twice', '0', `each posted once; ${f.again.refused} of ${f.again.tried} second posts refused (\`feil=spent\`), answers after: ${n(f.again.answersAfter)}`, mark(v.spentOnce)],
    ['closing (closeSurveyWave: results computed and stored) + the first results page after (secretariat)', `≤ ${s(SURVEY_TARGETS.resultsMs)}`, `${s(f.closeMs)} + ${s(f.firstResultsMs)}`, mark(f.closeMs + f.firstResultsMs <= SURVEY_TARGETS.resultsMs)],
    ['whole wave: answers read + every cell with suppression (closedWaveTable)', `≤ ${s(SURVEY_TARGETS.resultsMs)}`, `${s(f.timings.tableMs)} (${f.timings.indicators} indicators, ${n(f.timings.cells)} cells, ${n(f.timings.suppressedCells)} suppressed)`, mark(f.timings.tableMs <= SURVEY_TARGETS.resultsMs)],
    ['results page data for the secretariat (getWaveResults)', '–', s(f.timings.pageDataMs), ''],
    ['suppression alone, county-sized tree (22 owners × 6 schools × 9 classes + remainder)', '–', `${s(f.county.ms)} (${n(f.county.cells)} cells)`, ''],
  ]
  const pages = [
    ...[...f.answerPages].map(([path, p]) => `| ${path} | pupil | ${p.status} | ${(p.bytes / 1024).toFixed(1)} | ${p.statements} (${p.transactions}) | – | – |`),
    ...f.resultPages.map((r) => `| /kartlegging/[waveId] | ${r.target.persona} | ${r.probe.status} | ${(r.probe.bytes / 1024).toFixed(1)} | ${r.probe.statements} (${r.probe.transactions}) | ${loaded(r)} |`),
  ]
  return [
    `## Surveys (issue 16): ${n(l.answers)} answers of ${f.wave.items} items`,
    '',
    `A wave of ${f.partnershipName} over its ${f.wave.schools} lower-secondary schools: ${f.wave.classes} classes (${f.wave.smallClasses} under 7), ${n(f.wave.codes)} single-use codes issued by the secretariat through \`issueSurveyCodes\`, an instrument of ${f.wave.items} items on ${f.wave.pages} pages (prepared in ${f.wave.prepareS.toFixed(0)} s). Each answer is what a browser without JavaScript posts: the code on \`/svar\` (a server-action form), then each page on \`/svar/skjema\` with the answering cookie the first 303 set, the last with \`go=submit\`; every response must be the 303 to the next page. autocannon at ${l.connections} connections, ${n(l.answers * l.postsPerAnswer)} posts in ${l.seconds.toFixed(0)} s. The GETs a browser makes after each 303 are not in the load; they are in the page table below.`,
    '',
    '| measure | target | measured | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    '| page | as | status | HTML KB | SQL (tx) | req/s @10 | p50 / p99 ms @10 |',
    '|---|---|---|---:|---:|---:|---:|',
    ...pages,
    '',
  ].join('\n')
}
