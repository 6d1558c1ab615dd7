import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { PrismaClient, Role } from '../../src/generated/prisma/client'
import { prismaForPostgres } from '../../src/server/db/client'
import { applyMigrations, pgExecutor } from '../../src/server/db/migrations'
import { hashSessionToken } from '../../src/server/auth/session-token'
import { seedDemo, demoPeople } from '../../prisma/seed/demo'
import { seedNational } from '../../prisma/seed/national'
import { NATIONAL_EMAIL_DOMAIN, rolePrefix } from '../../prisma/seed/national-people'

export interface TPersona { role: Role; email: string; userId: string; token: string }

/** The database to bench: the flag, BENCH_DATABASE_URL, or samkomp_bench(_demo) on the local server. */
export function benchDatabaseUrl(flags: { databaseUrl?: string; demo: boolean }) {
  return flags.databaseUrl ?? process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/${flags.demo ? 'samkomp_bench_demo' : 'samkomp_bench'}`
}

/** Creates the database when missing, migrates it, seeds it (national or demo) when it has no partnerships, and analyzes it. */
export async function prepareDatabase(url: string, demo: boolean, log: (line: string) => void) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
    if (exists.rowCount === 0) {
      log(`creating database ${name}`)
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
  const target = new pg.Client({ connectionString: url })
  await target.connect()
  try {
    await applyMigrations(pgExecutor(target))
  } finally {
    await target.end()
  }
  const prisma = prismaForPostgres(url)
  if ((await prisma.partnership.count()) === 0) {
    log(`seeding ${demo ? 'demo' : 'national'} data (once; later runs reuse it)`)
    if (demo) await seedDemo(prisma)
    else await seedNational(prisma, { log: (line) => log(`  ${line}`) })
  }
  // Note: a freshly seeded database has no planner statistics until autovacuum gets to it, and
  // the guesses made without them cost queries past PostgreSQL's jit_above_cost: /behov's
  // priorities read took 140 ms, 120 of them compiling JIT code, against 3.6 ms after ANALYZE
  // (its req/s ratio fell 0.14 -> 0.03 on a fresh bench database). Production tables are analyzed
  // by autovacuum; the bench measures that state, not the minutes after a bulk load. ~1 s.
  await prisma.$executeRawUnsafe('ANALYZE')
  return prisma
}

const demoEmails: Record<Role, string> = {
  PLATFORM_ADMIN: demoPeople.platformAdmin.email,
  COUNTY_GOVERNOR_STAFF: demoPeople.countyGovernorNordland.email,
  FORUM_SECRETARIAT: demoPeople.secretariatSalten.email,
  FORUM_MEMBER: demoPeople.forumMemberSalten.email,
  UNIVERSITY_PARTNER: demoPeople.universityPartner.email,
  SCHOOL_OWNER: demoPeople.schoolOwnerBodo.email,
  PRINCIPAL: demoPeople.principal.email,
  KINDERGARTEN_HEAD: demoPeople.kindergartenHead.email,
  TEACHER: demoPeople.teacherSalten.email,
  KINDERGARTEN_STAFF: demoPeople.kindergartenStaffSalten.email,
  RESOURCE_TEACHER: demoPeople.resourceTeacherSalten.email,
  UH_FACILITATOR: demoPeople.facilitatorSunnmore.email,
}

/**
 * A logged-in session for the first person of each role, written straight into Session (the
 * table our Auth.js adapter reads), so requests carry `authjs.session-token` like a browser's.
 */
export async function createSessions(prisma: PrismaClient, demo: boolean): Promise<TPersona[]> {
  const personas: TPersona[] = []
  for (const role of Object.keys(rolePrefix) as Role[]) {
    const email = demo ? demoEmails[role] : `${rolePrefix[role]}.1@${NATIONAL_EMAIL_DOMAIN}`
    const user = await prisma.user.findUnique({ where: { email }, select: { id: true } })
    if (!user && !demo && !(await prisma.membership.count({ where: { role } }))) {
      // A bench database seeded before the role existed (issue 15's staff and facilitators):
      // bench the roles it has, and say so, rather than refuse until it is seeded again.
      console.warn(`[bench] no ${role} in this database (seeded before the role existed); skipped`)
      continue
    }
    if (!user) throw new Error(`No user ${email} for ${role}: is the database seeded with ${demo ? 'demo' : 'national'} data?`)
    const token = `bench-${randomBytes(24).toString('hex')}`
    await prisma.session.create({ data: { sessionToken: hashSessionToken(token), userId: user.id, expires: new Date(Date.now() + 3 * 3_600_000) } })
    personas.push({ role, email, userId: user.id, token })
  }
  return personas
}

export async function deleteSessions(prisma: PrismaClient, personas: TPersona[]) {
  await prisma.session.deleteMany({ where: { sessionToken: { in: personas.map((p) => hashSessionToken(p.token)) } } })
}

/** Ids for the heavy pages, from the secretariat's own partnership: its open grant year and its forum. */
export async function heavyPageIds(prisma: PrismaClient, secretariat: TPersona) {
  const membership = await prisma.membership.findFirstOrThrow({ where: { userId: secretariat.userId, role: 'FORUM_SECRETARIAT' }, select: { partnershipId: true } })
  const partnershipId = membership.partnershipId!
  const grantYear = await prisma.grantYear.findFirstOrThrow({ where: { partnershipId }, orderBy: { year: 'desc' }, select: { id: true } })
  const forum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnershipId }, select: { id: true } })
  const partnership = await prisma.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { name: true } })
  return { grantYearId: grantYear.id, forumId: forum.id, partnershipName: partnership.name }
}
