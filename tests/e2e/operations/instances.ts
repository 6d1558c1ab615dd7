/**
 * Two production instances (`next start` of the one build in .next) on one PostgreSQL database,
 * behind a small reverse proxy, as docs/decisions/034-several-instances-and-the-database-wall.md
 * describes a deployment: the two-instance test (two-instances.pw.ts) starts this in its beforeAll.
 *
 * The instances connect as a login role that is neither superuser nor owner of the tables (the
 * migrations and the demo seed run as the owner), so row-level security holds for every statement
 * they send, in a context or not: a path that reads tenant rows without its tenant context shows up
 * here as rows missing.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import { applyMigrations, pgExecutor } from '../../../src/server/db/migrations'
import { freePort } from '../../../scripts/lib/ports'
import { setupDatabase } from '../../../scripts/lib/setup-database'
import { postgresReachable, withPgClient } from '../../setup/pg-client'
import { adminUrl } from '../../setup/postgres-url'

export const INSTANCE_HEADER = 'x-samkomp-instance'
export const SERVED_BY_HEADER = 'x-served-by'
/** The login role the instances use: LOGIN, no superuser, no BYPASSRLS, owns nothing; a member of samkomp_app. */
const LOGIN_ROLE = 'samkomp_instance_test'

export { freePort }

const admin = withPgClient

export { postgresReachable }

/** A fresh database, migrated and seeded with the demo data as the owner; `appUrl` is the instances' login. */
export async function createSharedDatabase() {
  const name = `samkomp_two_${randomUUID().replace(/-/g, '').slice(0, 16)}`
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`))
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const ownerUrl = url.toString()
  await admin(ownerUrl, async (client) => {
    await applyMigrations(pgExecutor(client))
    // Roles are per server and other runs may create this one at the same moment: a duplicate is fine.
    await client.query(`DO $$ BEGIN
      CREATE ROLE ${LOGIN_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$`)
    await client.query(`GRANT samkomp_app TO ${LOGIN_ROLE}`)
    await client.query(`GRANT CONNECT ON DATABASE "${name}" TO ${LOGIN_ROLE}`)
  })
  await setupDatabase({ databaseUrl: ownerUrl, seed: 'demo' })
  const appUrl = new URL(ownerUrl)
  appUrl.username = LOGIN_ROLE
  return {
    ownerUrl,
    appUrl: appUrl.toString(),
    drop: () => admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  }
}

export type TInstance = { name: string; port: number; server: ChildProcess; log: string[] }

/** One `next start` on a free port; resolves once /api/health answers. */
export async function startInstance(name: string, env: NodeJS.ProcessEnv): Promise<TInstance> {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npx next build` first.')
  const port = await freePort()
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const log: string[] = []
  const keep = (chunk: Buffer) => log.push(...chunk.toString('utf8').split('\n').filter(Boolean))
  server.stdout?.on('data', keep)
  server.stderr?.on('data', keep)
  const started = Date.now()
  for (;;) {
    if (server.exitCode !== null) throw new Error(`instance ${name} exited with ${server.exitCode}:\n${log.join('\n')}`)
    if (Date.now() - started > 60_000) throw new Error(`instance ${name} did not answer within 60 s:\n${log.join('\n')}`)
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return { name, port, server, log }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}

export async function stopInstance(instance: TInstance): Promise<void> {
  if (instance.server.exitCode !== null || !instance.server.pid) return
  const exited = new Promise<void>((resolve) => instance.server.once('exit', () => resolve()))
  try {
    process.kill(-instance.server.pid, 'SIGTERM')
  } catch {
    return
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
}

/**
 * The reverse proxy in front of the instances. A request names its instance in
 * `x-samkomp-instance` (a or b; the test's way to choose), else they take turns. As a production
 * proxy must (ADR 034), it overwrites what a client could forge: Host and X-Forwarded-Host become
 * the public host, X-Forwarded-For the socket's peer, X-Forwarded-Proto the scheme it serves.
 * Each response says which instance served it (`x-served-by`).
 */
export async function startProxy(publicHost: string, port: number, instances: Record<string, TInstance>) {
  const names = Object.keys(instances)
  const served: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]))
  let turn = 0
  const server = http.createServer((request, response) => {
    const asked = request.headers[INSTANCE_HEADER]
    const name = typeof asked === 'string' && asked in instances ? asked : names[turn++ % names.length]!
    const headers = { ...request.headers }
    delete headers[INSTANCE_HEADER]
    headers.host = publicHost
    headers['x-forwarded-host'] = publicHost
    headers['x-forwarded-for'] = request.socket.remoteAddress ?? '127.0.0.1'
    headers['x-forwarded-proto'] = 'http'
    const upstream = http.request({ host: '127.0.0.1', port: instances[name]!.port, method: request.method, path: request.url, headers }, (answer) => {
      served[name]! += 1
      response.writeHead(answer.statusCode ?? 502, { ...answer.headers, [SERVED_BY_HEADER]: name })
      answer.pipe(response)
    })
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502)
      response.end()
    })
    request.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    served,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}

/** The settings both instances share: one database, one secret, one server-action key (ADR 034). */
export function sharedEnv(options: { databaseUrl: string; publicUrl: string; smtpUrl: string }): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: randomBytes(32).toString('hex'),
    AUTH_URL: options.publicUrl,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    DEMO_MODE: 'true',
    SMTP_URL: options.smtpUrl,
    TRUSTED_PROXY_HOPS: '1',
    // Small, so the test reaches it in a few logins; the address limit stays high, since every
    // login here comes from 127.0.0.1.
    LOGIN_ACCOUNT_RATE_LIMIT: '3',
    LOGIN_ADDRESS_RATE_LIMIT: '1000',
    DB_POOL_SIZE: '4',
  }
  delete env.SAMKOMP_EMBEDDED_DATABASE
  delete env.PGLITE_DATA_DIR
  delete env.APP_URL
  return env
}
