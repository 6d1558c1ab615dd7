import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople, seedDemo } from '~prisma/seed/demo'
import { getDashboard } from '@/features/dashboard/get-dashboard'
import { changeMembershipRole } from '@/features/memberships/change-membership-role'
import { endMembership } from '@/features/memberships/end-membership'
import { inviteMembership } from '@/features/memberships/invite-membership'
import { getMembershipAdmin } from '@/features/memberships/list-memberships'
import { can, loadActor, type Actor } from './actor'
import type { Permission } from './permissions'
import { surface } from './surface'

/**
 * The role × action × tenant matrix: for every protected page, server action and route handler,
 * every kind of person, and both demo tenants (Salten in Nordland, Nordre Sunnmøre in Møre og
 * Romsdal), the case asserts that the person reaches the tenant's data exactly when their
 * permission and scope say so: a foreign tenant's data is never returned and never changed.
 *
 * A page or action added to the surface without a probe here makes the meta-test fail.
 */

const { prisma } = await createTestDb()
type TTenant = 'salten' | 'sunnmore'
const TENANTS: TTenant[] = ['salten', 'sunnmore']
const ids: Record<TTenant, string> = { salten: '', sunnmore: '' }

/** What each person may reach, written out by hand from the rules (not computed by the code under test). */
const people: { key: string; reads: TTenant[]; manages: TTenant[] }[] = [
  { key: 'countyGovernorNordland', reads: ['salten'], manages: ['salten'] },
  { key: 'secretariatSalten', reads: ['salten'], manages: [] },
  { key: 'forumMemberSalten', reads: ['salten'], manages: [] },
  { key: 'universityPartner', reads: ['salten'], manages: [] },
  { key: 'schoolOwnerBodo', reads: ['salten'], manages: [] },
  { key: 'principal', reads: ['salten'], manages: [] },
  { key: 'kindergartenHead', reads: ['salten'], manages: [] },
  { key: 'secretariatSunnmore', reads: ['sunnmore'], manages: [] },
  { key: 'platformAdmin', reads: ['salten', 'sunnmore'], manages: ['salten', 'sunnmore'] },
  // Nordland staff who also sit in Nordre Sunnmøre's forum: they read both, administer only Nordland.
  { key: 'twoHats', reads: ['salten', 'sunnmore'], manages: ['salten'] },
  { key: 'noMembership', reads: [], manages: [] },
]
const actors = new Map<string, Actor>()

/** A forum member in the tenant, written directly (not through the code under test), for actions to aim at. */
async function targetMembership(tenant: TTenant) {
  const user = await prisma.user.create({ data: { name: 'Mål Medlem', email: `mal.${crypto.randomUUID()}@kommune.no` } })
  return prisma.membership.create({ data: { userId: user.id, role: 'FORUM_MEMBER', partnershipId: ids[tenant] } })
}

/** Each probe answers: did this person reach this tenant's data through this page or action? */
const probes: Record<string, { permission: Permission; kind: 'reads' | 'manages'; probe: (actor: Actor, tenant: TTenant) => Promise<boolean> }> = {
  '/oversikt': {
    permission: 'read:dashboard',
    kind: 'reads',
    probe: async (actor, tenant) => {
      if (!can(actor, 'read:dashboard')) return (await getDashboard(prisma, actor).catch(() => null)) !== null
      const d = await getDashboard(prisma, actor)
      const slug = tenant === 'salten' ? 'salten-kan' : 'nordre-sunnmore'
      const units = await prisma.unit.findMany({ where: { id: { in: d.units.map((u) => u.id) }, owner: { partnershipOwners: { some: { partnershipId: ids[tenant] } } } } })
      return d.partnerships.some((p) => p.slug === slug) || units.length > 0
    },
  },
  '/admin/medlemskap': {
    permission: 'manage:membership',
    kind: 'manages',
    probe: async (actor, tenant) => {
      const admin = await getMembershipAdmin(prisma, actor).catch(() => null)
      if (!admin) return false
      const secretariat = tenant === 'salten' ? demoPeople.secretariatSalten.name : demoPeople.secretariatSunnmore.name
      return admin.memberships.some((m) => m.personName === secretariat) || admin.options.partnerships.some((p) => p.id === ids[tenant])
    },
  },
  inviteMembershipAction: {
    permission: 'manage:membership',
    kind: 'manages',
    probe: async (actor, tenant) => {
      const email = `inv.${crypto.randomUUID()}@kommune.no`
      await inviteMembership(prisma, actor, { email, name: 'Ny Person', role: 'FORUM_MEMBER', partnershipId: ids[tenant] })
      return (await prisma.membership.count({ where: { user: { email }, partnershipId: ids[tenant] } })) > 0
    },
  },
  changeMembershipRoleAction: {
    permission: 'manage:membership',
    kind: 'manages',
    probe: async (actor, tenant) => {
      const target = await targetMembership(tenant)
      await changeMembershipRole(prisma, actor, { membershipId: target.id, role: 'FORUM_SECRETARIAT' })
      return (await prisma.membership.findUniqueOrThrow({ where: { id: target.id } })).role !== 'FORUM_MEMBER'
    },
  },
  endMembershipAction: {
    permission: 'manage:membership',
    kind: 'manages',
    probe: async (actor, tenant) => {
      const target = await targetMembership(tenant)
      await endMembership(prisma, actor, { membershipId: target.id })
      return (await prisma.membership.findUniqueOrThrow({ where: { id: target.id } })).endedAt !== null
    },
  },
}

/** Entries that show no tenant's own data, and why; they need no tenant cases. */
const exempt: Record<string, string> = {
  '/': 'public aggregates about public bodies only (get-public-overview.ts), the same for everyone',
  '/tilgjengelighet': 'static accessibility statement',
  '/logg-inn': 'login page: lists demo people only in demo mode, no tenant data',
  '/api/auth/[...nextauth]': "Auth.js's own endpoints: sessions and OpenID Connect callbacks",
  setLocale: "sets the person's language cookie",
  demoSignInAction: 'demo mode only; starts a session, reads no tenant data',
  providerSignInAction: 'starts an OpenID Connect login',
  signOutAction: "ends the caller's own session",
}

beforeAll(async () => {
  await seedDemo(prisma)
  for (const t of TENANTS) ids[t] = (await prisma.partnership.findUniqueOrThrow({ where: { slug: t === 'salten' ? 'salten-kan' : 'nordre-sunnmore' } })).id
  for (const { key } of people) {
    let userId: string
    if (key === 'twoHats' || key === 'noMembership') {
      const user = await prisma.user.create({ data: { name: key, email: `${key}.${crypto.randomUUID()}@kommune.no` } })
      userId = user.id
      if (key === 'twoHats') {
        const office = await prisma.organisation.findFirstOrThrow({ where: { kind: 'COUNTY_GOVERNOR', governorOffice: { counties: { some: { number: '18' } } } } })
        await prisma.membership.createMany({
          data: [
            { userId, role: 'COUNTY_GOVERNOR_STAFF', organisationId: office.id },
            { userId, role: 'FORUM_MEMBER', partnershipId: ids.sunnmore },
          ],
        })
      }
    } else {
      userId = (await prisma.user.findUniqueOrThrow({ where: { email: demoPeople[key as keyof typeof demoPeople].email } })).id
    }
    actors.set(key, (await loadActor(prisma, userId))!)
  }
})

const protectedEntries = Object.entries({ ...surface.pages, ...surface.routes, ...surface.actions }).filter(
  ([, access]) => access !== 'public' && access !== 'demo-mode',
)
const cases = protectedEntries.flatMap(([entry]) => people.flatMap((person) => TENANTS.map((tenant) => ({ entry, person, tenant }))))
let ran = 0

describe('role × action × tenant matrix', () => {
  it('has a probe for every protected entry, and a reason for every public one', () => {
    const all = Object.entries({ ...surface.pages, ...surface.routes, ...surface.actions })
    for (const [entry, access] of all) {
      if (access === 'public' || access === 'demo-mode') expect(exempt[entry], `${entry} needs a reason in exempt`).toBeTruthy()
      else expect(probes[entry]?.permission, `${entry} needs a probe in the matrix`).toBe(access)
    }
    expect(Object.keys(probes).sort()).toEqual(protectedEntries.map(([e]) => e).sort())
  })

  it.each(cases)('$entry × $person.key × $tenant', async ({ entry, person, tenant }) => {
    const { probe, kind } = probes[entry]!
    const expected = person[kind].includes(tenant)
    expect(await probe(actors.get(person.key)!, tenant)).toBe(expected)
    ran += 1
  })
})

afterAll(() => {
  // The issue asks for the size of the matrix to be printed.
  console.info(`[matrix] ${ran} of ${cases.length} role × action × tenant cases ran (${protectedEntries.length} entries × ${people.length} kinds of person × ${TENANTS.length} tenants)`)
})
