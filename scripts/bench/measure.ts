import fs from 'node:fs'
import autocannon from 'autocannon'

export interface TTarget {
  name: string
  /** Who asks: a role, or "none" for the plain server and the public page. */
  persona: string
  url: string
  cookie?: string
}

export interface TProbe { status: number; bytes: number; statements: number; transactions: number; firstMs: number }

export interface TRun { target: string; connections: number; repeat: number; rps: number; p50: number; p99: number; bad: number; rssMb?: number }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export function readCounter(file: string): { statements: number; transactions: number } {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as { statements: number; transactions: number }
  } catch {
    return { statements: 0, transactions: 0 }
  }
}

async function get(target: TTarget) {
  const response = await fetch(target.url, { headers: target.cookie ? { cookie: target.cookie } : {}, redirect: 'manual' })
  return { status: response.status, bytes: (await response.arrayBuffer()).byteLength }
}

/**
 * One view alone: its status, HTML bytes, and the statements and transactions the app sent for
 * it (the counter file's growth over the request and a quiet 300 ms after it). The first request
 * is timed (a cold page), then two warm ones; the smaller count of two is kept, since a session's
 * expiry refresh (at most once a minute) can land in either.
 */
export async function probe(target: TTarget, sqlFile?: string): Promise<TProbe> {
  const started = performance.now()
  const first = await get(target)
  const firstMs = Math.round(performance.now() - started)
  let best = { statements: Infinity, transactions: Infinity }
  let last = first
  for (let i = 0; i < 2; i++) {
    await sleep(300)
    const before = sqlFile ? readCounter(sqlFile) : { statements: 0, transactions: 0 }
    last = await get(target)
    await sleep(300)
    const after = sqlFile ? readCounter(sqlFile) : before
    const counted = { statements: after.statements - before.statements, transactions: after.transactions - before.transactions }
    if (counted.statements < best.statements) best = counted
  }
  return { status: last.status, bytes: last.bytes, ...best, firstMs }
}

/** One load measurement with autocannon; `onTick` samples the server's memory meanwhile. */
export async function load(target: TTarget, connections: number, duration: number, onTick?: () => void) {
  const timer = onTick ? setInterval(onTick, 500) : null
  try {
    const result = await autocannon({
      url: target.url,
      connections,
      duration,
      timeout: 30,
      headers: target.cookie ? { cookie: target.cookie } : {},
    })
    return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, bad: result.non2xx + result.errors }
  } finally {
    if (timer) clearInterval(timer)
  }
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
