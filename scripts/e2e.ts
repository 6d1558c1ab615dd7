/**
 * Runs the Playwright suite against the production build (`next start`) on a fresh database with
 * the demo data (scripts/lib/e2e-database.ts: PostgreSQL, or the embedded database with
 * E2E_DATABASE=pglite or without a server), then stops the server and removes the database.
 * Requires `next build` first (npm test does that).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startGroupsApi, type TFeidePerson } from '../tests/e2e/feide-groups-api'
import { feideTestPerson, feideTestUnitNames } from '../tests/e2e/feide-people'
import { startOidcProvider } from '../tests/e2e/oidc-provider'
import { startSmtpServer } from '../tests/setup/smtp'
import { connect } from '../src/server/db/client'
import { createE2eDatabase, type TE2eDatabase } from './lib/e2e-database'
import { freePort } from './lib/ports'
import { serverNodeOptions } from './lib/server-memory'


async function waitFor(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

/** The demo units' organisation numbers by name, for the local groups API (read before the server starts). */
async function unitOrgNumbers(database: TE2eDatabase, names: string[]): Promise<Map<string, string>> {
  const connection = await connect({ databaseUrl: database.env.DATABASE_URL, pgliteDir: database.env.PGLITE_DATA_DIR })
  try {
    const units = await connection.prisma.unit.findMany({ where: { name: { in: names } }, select: { name: true, orgNumber: true } })
    return new Map(units.map((u) => [u.name, u.orgNumber]))
  } finally {
    await connection.close()
  }
}

/** Nobody the tests named: a member of some organisation, at no school (the real API's answer for such a person). */
const nobody: TFeidePerson = { realm: 'example.org', primaryAffiliation: 'member', units: [] }

async function main() {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npx next build` first.')
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!fs.existsSync(chromium)) {
    throw new Error(`Chromium not found at ${chromium}: install it with \`apt-get install -y chromium\`.`)
  }

  const seedStarted = performance.now()
  const database = await createE2eDatabase()
  console.log(`[e2e] demo data in ${database.describe}, ready in ${Math.round(performance.now() - seedStarted)} ms`)

  const port = await freePort()
  // localhost, not 127.0.0.1: Next reports request URLs as localhost, and login cookies must match.
  const baseUrl = `http://localhost:${port}`
  // A real OpenID Connect provider on localhost plays Feide (no internet here, and none needed).
  const oidc = await startOidcProvider({ port: await freePort(), appUrl: baseUrl, providerId: 'feide' })
  // Feide's groups API, answering for the person the access token belongs to (asked of the
  // provider's userinfo endpoint, as the real API checks the token with Feide).
  const orgNumbers = await unitOrgNumbers(database, feideTestUnitNames)
  const groups = await startGroupsApi({
    personFor: async (token) => {
      const response = await fetch(`${oidc.issuer}/me`, { headers: { authorization: `Bearer ${token}` } })
      if (!response.ok) return null
      const { sub } = (await response.json()) as { sub: string }
      return feideTestPerson(sub, orgNumbers) ?? nobody
    },
  })
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...database.env,
    PORT: String(port),
    DEMO_MODE: 'true',
    AUTH_SECRET: randomBytes(32).toString('hex'),
    AUTH_URL: baseUrl,
    FEIDE_ISSUER: oidc.issuer,
    FEIDE_CLIENT_ID: oidc.clientId,
    FEIDE_CLIENT_SECRET: oidc.clientSecret,
    FEIDE_SCOPE: 'openid profile email',
    FEIDE_GROUPS_API: groups.url,
    // The fixture sends each test's own address as a proxy would (tests/e2e/fixtures.ts): trust one
    // hop, so the address limit counts per test. Small, so that the rate-limit test reaches it; the
    // account limit high, since every test logs in afresh as the same few demo people.
    TRUSTED_PROXY_HOPS: '1',
    LOGIN_ADDRESS_RATE_LIMIT: '5',
    LOGIN_ACCOUNT_RATE_LIMIT: '10000',
  }
  if (!database.env.DATABASE_URL) delete env.DATABASE_URL
  else delete env.SAMKOMP_EMBEDDED_DATABASE
  // The tests email people at made-up addresses: a local SMTP server takes every message (never a
  // relay the developer's shell happens to configure) and writes each to a file, one JSON line per
  // message, for the tests that read what arrived (tests/e2e/mailbox.ts).
  const mailbox = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samkomp-e2e-mail-')), 'mailbox.jsonl')
  fs.writeFileSync(mailbox, '')
  const smtp = await startSmtpServer({
    onReceived: (m) => fs.appendFileSync(mailbox, `${JSON.stringify({ to: m.envelope.to, subject: m.parsed.subject ?? '', text: m.parsed.text ?? '' })}\n`),
  })
  env.SMTP_URL = smtp.url
  // The heap limits npm start sets (ADR 035): the suite runs the server as production does.
  env.NODE_OPTIONS = serverNodeOptions(process.env.NODE_OPTIONS)
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  })
  // The server's log (one JSON line per event, src/server/log.ts) shown here and kept in a file, so
  // a test can find the line of a request it made fail (tests/e2e/server-log.ts).
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samkomp-e2e-'))
  const serverLog = path.join(logDir, 'server.log')
  const logFile = fs.createWriteStream(serverLog)
  server.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk)
    logFile.write(chunk)
  })
  let status: number
  try {
    const started = performance.now()
    await waitFor(`${baseUrl}/`, server)
    console.log(`[e2e] first page served in ${Math.round(performance.now() - started)} ms after start`)
    // Not spawnSync: the OpenID Connect provider runs in this process and must keep answering.
    const runner = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
      env: { ...process.env, E2E_BASE_URL: baseUrl, E2E_SERVER_LOG: serverLog, E2E_MAILBOX: mailbox },
      stdio: 'inherit',
    })
    status = await new Promise<number>((resolve) => runner.once('exit', (code) => resolve(code ?? 1)))
  } finally {
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    await new Promise((r) => setTimeout(r, 500))
    await oidc.close()
    await groups.close()
    await smtp.close()
    fs.rmSync(path.dirname(mailbox), { recursive: true, force: true })
    await database.drop()
    logFile.end()
    fs.rmSync(logDir, { recursive: true, force: true })
  }
  process.exit(status)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
