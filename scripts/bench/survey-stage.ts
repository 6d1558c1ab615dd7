import type { PrismaClient } from '../../src/generated/prisma/client'
import { SESSION_COOKIE } from '../../src/server/auth/session-policy'
import { deleteSessions, type TPersona } from './database'
import { load, probe, readCounter, type TProbe, type TTarget } from './measure'
import { treeCpuTicks, waitQuiet } from './server'
import { answerPosts, multipartBody, type TField } from './survey-form'
import { readAnswerForms, runSurveyLoad, type TSurveyLoadResult } from './survey-load'
import { closeWaveAsSecretariat, timeCountySuppression, timeWaveResults, type TResultTimings } from './survey-results'
import { prepareSurveyWave, removeBenchWaves, storedCounts, surveyPeople } from './survey-wave'

// `npm run bench -- --surveys` (issue 16): a wave of 40 items answered through the production
// server's answering forms, then closed and its results computed and served.

export const SURVEY_ITEMS = 40
export const SURVEY_PER_PAGE = 10

export interface TSurveyFigures {
  partnershipName: string
  wave: { schools: number; classes: number; smallClasses: number; codes: number; pages: number; items: number; prepareS: number }
  load: TSurveyLoadResult
  /** The light page (no database) at the survey load's connections just before it: what this server serves at most meanwhile. */
  light: { rps: number; p99: number }
  /** Per answer, over the load: the server's CPU (next start's process tree, not PostgreSQL's) and the SQL it sent. */
  perAnswer: { cpuMs: number; statements: number; transactions: number }
  stored: { answers: number; spent: number; unspent: number; drafts: number }
  /** Spent codes posted again (the code on /svar, and the last page with the cookie): each must be refused. */
  again: { tried: number; refused: number; answersAfter: number }
  /** The first request of the results page (secretariat) after the wave was closed. */
  /** closeSurveyWave: closing, and computing and storing the results, in one transaction. */
  closeMs: number
  firstResultsMs: number
  timings: TResultTimings
  county: { ms: number; cells: number }
  answerPages: Map<string, TProbe>
  resultPages: { target: TTarget; probe: TProbe; rps?: number; p50?: number; p99?: number; bad?: number }[]
}

/** Posts each spent code again, as a second browser would: on /svar, and the last page with its cookie. */
async function postAgain(baseUrl: string, codes: string[], forms: { startFields: TField[]; pageFields: TField[] }, pages: number) {
  const boundary = '----SamkompBenchAgain'
  let refused = 0
  for (const code of codes) {
    const posts = answerPosts({ code, ...forms, pages: Array.from({ length: pages }, () => []) })
    for (const post of [posts[0]!, posts[pages]!]) {
      const headers = { origin: new URL(baseUrl).origin, 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: `samkomp_survey_code=${code}` }
      const response = await fetch(`${baseUrl}${post.path}`, { method: 'POST', headers, body: Uint8Array.from(multipartBody(post.fields, boundary)), redirect: 'manual' })
      await response.arrayBuffer()
      if (response.status === 303 && response.headers.get('location') === '/svar?feil=spent') refused++
    }
  }
  return { tried: codes.length * 2, refused }
}

const cookieOf = (p: TPersona) => `${SESSION_COOKIE}=${p.token}`

/** The pages a pupil GETs between the posts (the load tool does not follow the 303s): bytes and SQL, one request each. */
async function probeAnswerPages(baseUrl: string, code: string, sqlFile: string) {
  const pages = new Map<string, TProbe>()
  pages.set('/svar', await probe({ name: '/svar', persona: 'none', url: `${baseUrl}/svar` }, sqlFile))
  pages.set('/svar/skjema?side=2', await probe({ name: 'skjema', persona: 'code', url: `${baseUrl}/svar/skjema?side=2`, cookie: `samkomp_survey_code=${code}` }, sqlFile))
  pages.set('/svar/takk', await probe({ name: 'takk', persona: 'none', url: `${baseUrl}/svar/takk` }, sqlFile))
  return pages
}

export async function runSurveyStage(o: { prisma: PrismaClient; baseUrl: string; sqlFile: string; serverPid: number; answers: number; connections: number; duration: number; log: (line: string) => void }): Promise<TSurveyFigures> {
  const { prisma, log } = o
  const leftovers = await removeBenchWaves(prisma)
  if (leftovers) log(`removed ${leftovers} survey wave(s) an earlier run left behind`)
  const people = await surveyPeople(prisma)
  const secretariat = people.personas.find((p) => p.role === 'FORUM_SECRETARIAT')!
  try {
    const started = performance.now()
    const wave = await prepareSurveyWave(prisma, { partnershipId: people.partnership.id, secretariatUserId: secretariat.userId, answers: o.answers, items: SURVEY_ITEMS, perPage: SURVEY_PER_PAGE, log })
    const prepareS = (performance.now() - started) / 1000
    // As autovacuum would after a bulk insert: the planner sees the wave's codes.
    await prisma.$executeRawUnsafe('ANALYZE "SurveyCode", "SurveyAnswer", "UnitGroup"')
    const forms = await readAnswerForms(o.baseUrl, wave.codes[0]!)
    const answerPages = await probeAnswerPages(o.baseUrl, wave.codes[0]!, o.sqlFile)
    log(`answering ${wave.codes.length} times at ${o.connections} connections (${wave.content.pages.length + 1} posts an answer)`)
    const lightRun = await load({ name: 'light page', persona: 'none', url: `${o.baseUrl}/tilgjengelighet` }, o.connections, Math.max(3, o.duration))
    const light = { rps: lightRun.rps, p99: lightRun.p99 }
    log(`light page @${o.connections}: ${light.rps.toFixed(0)} req/s, p99 ${light.p99} ms (the ceiling for any request of this server now)`)
    await waitQuiet(o.serverPid)
    const before = { cpu: treeCpuTicks(o.serverPid), sql: readCounter(o.sqlFile) }
    const result = await runSurveyLoad({ baseUrl: o.baseUrl, codes: wave.codes, content: wave.content, forms, connections: o.connections })
    await waitQuiet(o.serverPid)
    const sql = readCounter(o.sqlFile)
    const perAnswer = { cpuMs: ((treeCpuTicks(o.serverPid) - before.cpu) * 10) / result.answers, statements: (sql.statements - before.sql.statements) / result.answers, transactions: (sql.transactions - before.sql.transactions) / result.answers }
    log(`survey load: ${result.answersPerSecond.toFixed(1)} answers/s (${result.postsPerSecond.toFixed(0)} posts/s), p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.wrong} wrong, ${result.errors} errors, ${result.submitted} submitted in ${result.seconds.toFixed(0)} s`)
    for (const s of result.samples) log(`  ${s}`)
    log(`per answer: ${perAnswer.cpuMs.toFixed(1)} ms of server CPU, ${perAnswer.statements.toFixed(1)} SQL statements in ${perAnswer.transactions.toFixed(1)} transactions`)
    const stored = await storedCounts(prisma, wave.waveId)
    const again = await postAgain(o.baseUrl, result.codesUsed.slice(0, 5), forms, wave.content.pages.length)
    const answersAfter = (await storedCounts(prisma, wave.waveId)).answers
    const closeMs = await closeWaveAsSecretariat(prisma, wave.waveId, secretariat.userId)
    log(`closed the wave through closeSurveyWave in ${(closeMs / 1000).toFixed(2)} s (results computed and stored)`)
    const closed = performance.now()
    const first = await fetch(`${o.baseUrl}/kartlegging/${wave.waveId}`, { headers: { cookie: cookieOf(secretariat) } })
    await first.arrayBuffer()
    const firstResultsMs = performance.now() - closed
    if (first.status !== 200) throw new Error(`the results page answered HTTP ${first.status} after closing`)
    const timings = await timeWaveResults(prisma, wave.waveId, secretariat.userId)
    const county = timeCountySuppression()
    const resultPages: TSurveyFigures['resultPages'] = []
    for (const p of people.personas) {
      const target: TTarget = { name: `results ${p.role}`, persona: p.role, url: `${o.baseUrl}/kartlegging/${wave.waveId}`, cookie: cookieOf(p) }
      const row: TSurveyFigures['resultPages'][number] = { target, probe: await probe(target, o.sqlFile) }
      if (p.role === 'PRINCIPAL' || p.role === 'FORUM_SECRETARIAT') Object.assign(row, await load(target, 10, o.duration))
      await waitQuiet(o.serverPid)
      resultPages.push(row)
      log(`${target.name}: HTTP ${row.probe.status}, ${(row.probe.bytes / 1024).toFixed(1)} KB, ${row.probe.statements} SQL${row.rps ? `, ${row.rps.toFixed(1)} req/s @10, p99 ${row.p99} ms` : ''}`)
    }
    const waveFigures = { schools: wave.schools, classes: wave.classes, smallClasses: wave.smallClasses, codes: wave.codes.length, pages: wave.content.pages.length, items: SURVEY_ITEMS, prepareS }
    return { partnershipName: people.partnership.name, wave: waveFigures, load: result, light, perAnswer, stored, again: { ...again, answersAfter }, closeMs, firstResultsMs, timings, county, answerPages, resultPages }
  } finally {
    await deleteSessions(prisma, people.personas)
    await removeBenchWaves(prisma, people.partnership.id)
  }
}
