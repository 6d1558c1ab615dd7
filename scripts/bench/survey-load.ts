import autocannon from 'autocannon'
import type { TInstrumentContent } from '../../src/features/surveys/instruments/schemas'
import { actionField, answerPosts, multipartBody, postFormHiddenFields, pupilPages, seededRandom, type TField } from './survey-form'

// The survey load: every connection answers as one pupil after another would in a browser without
// JavaScript — the code posted on /svar, then each page posted on /svar/skjema with the answering
// cookie the first 303 set — and only the posts are sent (a load tool does not follow the 303s to
// the pages; those GETs are measured as pages, see survey-stage.ts).

const COOKIE = 'samkomp_survey_code'

export interface TSurveyLoadResult {
  answers: number
  connections: number
  postsPerAnswer: number
  seconds: number
  answersPerSecond: number
  postsPerSecond: number
  p50: number
  p90: number
  p99: number
  max: number
  /** Responses that were not the expected 303 (status or target), and socket errors and timeouts. */
  wrong: number
  errors: number
  timeouts: number
  /** Answers whose last post was answered by the 303 to /svar/takk. */
  submitted: number
  /** The codes that were posted (each once). */
  codesUsed: string[]
  samples: string[]
}

/** The forms' hidden fields, read from this build's pages: /svar, and /svar/skjema with a code's cookie. */
export async function readAnswerForms(baseUrl: string, code: string) {
  const start = postFormHiddenFields(await (await fetch(`${baseUrl}/svar`)).text(), 'code')
  const page = postFormHiddenFields(await (await fetch(`${baseUrl}/svar/skjema?side=1`, { headers: { cookie: `${COOKIE}=${code}` } })).text(), 'page')
  actionField(start)
  return { startFields: start, pageFields: [actionField(page)] as TField[] }
}

const header = (headers: Record<string, unknown> | undefined, name: string) => {
  if (!headers) return []
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name)
  const v = key ? headers[key] : undefined
  return Array.isArray(v) ? v.map((x) => `${x as string}`) : typeof v === 'string' ? [v] : []
}

interface TCtx { code?: string; cookie?: string; posts?: ReturnType<typeof answerPosts> }

/**
 * Posts `codes.length` answers at `connections` connections, each code once. Every post's answer
 * is checked: a 303 to the next page (or to the thanks page), and the first one setting the cookie.
 */
export async function runSurveyLoad(o: { baseUrl: string; codes: string[]; content: TInstrumentContent; forms: { startFields: TField[]; pageFields: TField[] }; connections: number }): Promise<TSurveyLoadResult> {
  const steps = o.content.pages.length + 1
  if (o.codes.length % o.connections) throw new Error(`${o.codes.length} answers do not divide among ${o.connections} connections`)
  const pool = [...o.codes].reverse()
  const used: string[] = []
  const random = seededRandom(20261203)
  const origin = new URL(o.baseUrl).origin
  const boundary = '----SamkompBenchBoundary7MA4YWxkTrZu0gW'
  let submitted = 0
  let wrong = 0
  const samples: string[] = []
  const fail = (what: string) => {
    wrong++
    if (samples.length < 5) samples.push(what)
  }
  const requests = Array.from({ length: steps }, (_, step) => ({
    method: 'POST' as const,
    setupRequest: (req: autocannon.Request, context: object) => {
      const ctx = context as TCtx
      if (step === 0) {
        const code = pool.pop()
        if (!code) throw new Error('the survey load ran out of codes: a connection asked for more answers than it was given')
        used.push(code)
        Object.assign(ctx, { code, cookie: undefined, posts: answerPosts({ code, ...o.forms, pages: pupilPages(o.content, random) }) })
      }
      const post = ctx.posts![step]!
      const headers: Record<string, string> = { origin, 'content-type': `multipart/form-data; boundary=${boundary}`, accept: 'text/html' }
      if (ctx.cookie) headers.cookie = ctx.cookie
      return { ...req, method: 'POST' as const, path: post.path, headers, body: multipartBody(post.fields, boundary) }
    },
    onResponse: (status: number, _body: string, context: object, headers: autocannon.Request['headers']) => {
      const ctx = context as TCtx
      const post = ctx.posts?.[step]
      const location = header(headers, 'location')[0]
      if (!post || status !== 303 || location !== post.expect) return fail(`post ${step + 1}: HTTP ${status} → ${location ?? 'no location'} (expected 303 → ${post?.expect})`)
      if (step === 0) {
        const set = header(headers, 'set-cookie').find((c) => c.startsWith(`${COOKIE}=`))
        if (!set) return fail('post 1: no answering cookie set')
        ctx.cookie = set.split(';')[0]
      }
      if (step === steps - 1) submitted++
    },
  }))
  const started = performance.now()
  const result = await autocannon({ url: o.baseUrl, connections: o.connections, amount: o.codes.length * steps, timeout: 30, requests })
  const seconds = (performance.now() - started) / 1000
  return {
    answers: o.codes.length,
    connections: o.connections,
    postsPerAnswer: steps,
    seconds,
    answersPerSecond: submitted / seconds,
    postsPerSecond: result.requests.total / seconds,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    wrong,
    errors: result.errors,
    timeouts: result.timeouts,
    submitted,
    codesUsed: used,
    samples,
  }
}
