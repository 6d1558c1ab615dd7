import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { requireFreePort } from '../lib/ports'
import { serverNodeOptions } from '../lib/server-memory'

export interface TServer { process: ChildProcess; baseUrl: string; stop(): Promise<void> }

/** Refuses to go on without a production build: the bench measures it and never builds one. */
export function requireBuild() {
  if (!fs.existsSync('.next/BUILD_ID')) {
    throw new Error('No production build (.next/BUILD_ID is missing): run `npx next build` first. The bench measures a build; it does not make one.')
  }
}

async function waitFor(url: string, server: ChildProcess, timeoutMs = 60_000) {
  const started = Date.now()
  // Bounded: polls every 250 ms until the deadline.
  while (Date.now() - started < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`${url}: server exited with code ${server.exitCode}`)
    try {
      const response = await fetch(url)
      await response.arrayBuffer()
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

function stopper(child: ChildProcess) {
  return async () => {
    if (child.exitCode !== null || !child.pid) return
    const exited = new Promise((r) => child.once('exit', r))
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      return
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))])
  }
}

/**
 * `next start` on loopback, on the given PostgreSQL, with the app's statement counter on
 * (SAMKOMP_BENCH_SQL_FILE, src/server/db/bench-count.ts). Production settings otherwise: no demo
 * login, a random AUTH_SECRET, email logged rather than sent.
 */
export async function startNext(o: { port: number; databaseUrl: string; sqlFile: string; logFile: string; log: (line: string) => void }): Promise<TServer> {
  await requireFreePort(o.port)
  // localhost, not 127.0.0.1: Next reports request URLs as localhost, and the cookie must match.
  const baseUrl = `http://localhost:${o.port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: o.databaseUrl,
    DEMO_MODE: 'false',
    AUTH_SECRET: randomBytes(32).toString('hex'),
    AUTH_URL: baseUrl,
    SAMKOMP_BENCH_SQL_FILE: o.sqlFile,
    // The heap limits npm start sets (ADR 035): the bench measures the server as it runs.
    NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS),
  }
  delete env.SMTP_URL
  delete env.PGLITE_DATA_DIR
  delete env.SAMKOMP_EMBEDDED_DATABASE
  const child = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(o.port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  // The server's own output goes to a file: under load it logs every failed request.
  const out = fs.createWriteStream(o.logFile)
  child.stdout.pipe(out)
  child.stderr.pipe(out)
  const started = performance.now()
  await waitFor(`${baseUrl}/tilgjengelighet`, child)
  o.log(`next start answered after ${Math.round(performance.now() - started)} ms`)
  return { process: child, baseUrl, stop: stopper(child) }
}

/** The limit: a plain Node server (its own process) returning the given bytes as HTML. */
export async function startPlain(o: { port: number; file: string }): Promise<TServer> {
  await requireFreePort(o.port)
  const code = `
    const body = require('node:fs').readFileSync(process.argv[1]);
    require('node:http').createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
      res.end(body);
    }).listen(Number(process.argv[2]), '127.0.0.1');`
  const child = spawn(process.execPath, ['-e', code, o.file, String(o.port)], { stdio: 'ignore', detached: true })
  const baseUrl = `http://127.0.0.1:${o.port}`
  await waitFor(`${baseUrl}/`, child, 10_000)
  return { process: child, baseUrl, stop: stopper(child) }
}

/** A process and all its descendants (Linux /proc). */
function treePids(rootPid: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = []
  const stack = [rootPid]
  while (stack.length) {
    const pid = stack.pop()!
    out.push(pid)
    stack.push(...(children.get(pid) ?? []))
  }
  return out
}

const readOr = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

/** Resident memory of a process and all its descendants, in MB. */
export function treeRssMb(rootPid: number): number {
  const kb = treePids(rootPid).reduce((sum, pid) => sum + Number(/VmRSS:\s+(\d+) kB/.exec(readOr(`/proc/${pid}/status`))?.[1] ?? 0), 0)
  return Math.round(kb / 1024)
}

/** CPU time (user + system, in clock ticks: 1/100 s on Linux) of a process tree. */
export function treeCpuTicks(rootPid: number): number {
  return treePids(rootPid).reduce((sum, pid) => {
    const stat = readOr(`/proc/${pid}/stat`)
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return sum + (Number(fields[11]) || 0) + (Number(fields[12]) || 0)
  }, 0)
}

/**
 * Waits until the server is quiet (under a tenth of a core over 250 ms), at most `maxMs`: Next
 * keeps rendering requests the load tool left in flight, which would slow the next measurement.
 */
export async function waitQuiet(rootPid: number, maxMs = 15_000) {
  const started = Date.now()
  let before = treeCpuTicks(rootPid)
  while (Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, 250))
    const now = treeCpuTicks(rootPid)
    // Clock ticks are 1/100 s on Linux: 2.5 ticks in 250 ms is a tenth of a core.
    if (now - before <= 2) return Date.now() - started
    before = now
  }
  return maxMs
}
