import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { ForbiddenError, loadActor, type Actor } from '@/server/authz/actor'
import { changeMembershipRole } from './change-membership-role'
import { endMembership } from './end-membership'
import { inviteMembership } from './invite-membership'
import { getMembershipAdmin } from './list-memberships'

const { prisma } = await createTestDb({ demo: true })

async function actorFor(email: string): Promise<Actor> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } })
  return (await loadActor(prisma, user.id))!
}
const counts = async () => ({
  users: await prisma.user.count(),
  memberships: await prisma.membership.count(),
  active: await prisma.membership.count({ where: { endedAt: null } }),
  audit: await prisma.auditLog.count(),
})
const newEmail = () => `ny.${crypto.randomUUID()}@kommune.no`

let governor: Actor
let admin: Actor
let salten: { id: string }
let sunnmore: { id: string }
let saltenSchool: { orgNumber: string; id: string }
let sunnmoreSchool: { orgNumber: string }

beforeAll(async () => {
  governor = await actorFor(demoPeople.countyGovernorNordland.email)
  admin = await actorFor(demoPeople.platformAdmin.email)
  salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
  sunnmore = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'nordre-sunnmore' } })
  const inPartnership = (slug: string) => ({ kind: 'SCHOOL' as const, owner: { partnershipOwners: { some: { partnership: { slug } } } } })
  saltenSchool = await prisma.unit.findFirstOrThrow({ where: inPartnership('salten-kan') })
  sunnmoreSchool = await prisma.unit.findFirstOrThrow({ where: inPartnership('nordre-sunnmore') })
})

describe('inviting a person', () => {
  it('county governor staff appoint a principal at a school in their county; the person then sees that school', async () => {
    const email = newEmail()
    const before = await counts()
    const result = await inviteMembership(prisma, governor, { email: `  ${email.toUpperCase()} `, name: 'Nina Nyrektor', role: 'PRINCIPAL', unitOrgNumber: saltenSchool.orgNumber })
    expect(result).toEqual({ ok: true, done: 'invited' })
    expect(await counts()).toEqual({ ...before, users: before.users + 1, memberships: before.memberships + 1, active: before.active + 1, audit: before.audit + 1 })
    const user = await prisma.user.findUniqueOrThrow({ where: { email } })
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'membership.invite', actorUserId: governor.userId }, orderBy: { id: 'desc' } })
    expect(audit.data).toMatchObject({ userId: user.id, role: 'PRINCIPAL', unitId: saltenSchool.id, newUser: true })
    const invited = await loadActor(prisma, user.id)
    expect(invited?.memberships.map((m) => [m.role, m.unitId])).toEqual([['PRINCIPAL', saltenSchool.id]])
  })

  it('county governor staff invite a UH facilitator and a teacher, but not a UH coordinator nor at a university outside their partnerships', async () => {
    const nord = await prisma.organisation.findFirstOrThrow({ where: { kind: 'UNIVERSITY', shortName: 'Nord' } })
    const volda = await prisma.organisation.findFirstOrThrow({ where: { kind: 'UNIVERSITY', shortName: 'HVO' } })
    const email = newEmail()
    expect(await inviteMembership(prisma, governor, { email, name: 'Unni Veileder', role: 'UH_FACILITATOR', organisationId: nord.id })).toEqual({ ok: true, done: 'invited' })
    // Invited, the facilitator reaches nothing until the coordinator assigns them an order.
    const facilitator = await actorFor(email)
    expect(facilitator.memberships.map((m) => [m.role, m.organisationId])).toEqual([['UH_FACILITATOR', nord.id]])
    const before = await counts()
    expect(await inviteMembership(prisma, governor, { email: newEmail(), name: 'Uno Koordinator', role: 'UNIVERSITY_PARTNER', organisationId: nord.id })).toMatchObject({ ok: false, error: 'roleNotGrantable' })
    expect(await inviteMembership(prisma, governor, { email: newEmail(), name: 'Vera Volda', role: 'UH_FACILITATOR', organisationId: volda.id })).toMatchObject({ ok: false, error: 'targetNotFound' })
    expect(await counts()).toEqual(before)
    expect(await inviteMembership(prisma, governor, { email: newEmail(), name: 'Trine Lærer', role: 'TEACHER', unitOrgNumber: saltenSchool.orgNumber })).toEqual({ ok: true, done: 'invited' })
    const list = await getMembershipAdmin(prisma, governor)
    expect(list.grantableRoles).toEqual(expect.arrayContaining(['TEACHER', 'KINDERGARTEN_STAFF', 'RESOURCE_TEACHER', 'UH_FACILITATOR']))
    expect(list.options.universities.map((u) => u.id)).toEqual([nord.id])
  })

  it('an existing person gets a further membership, and the same one twice is refused', async () => {
    const email = newEmail()
    await inviteMembership(prisma, governor, { email, name: 'Frida Forum', role: 'FORUM_MEMBER', partnershipId: salten.id })
    const before = await counts()
    expect(await inviteMembership(prisma, governor, { email, name: 'Frida Forum', role: 'FORUM_MEMBER', partnershipId: salten.id })).toEqual({ ok: false, error: 'duplicate' })
    expect(await counts()).toEqual(before)
    expect(await inviteMembership(prisma, governor, { email, name: 'Frida Forum', role: 'FORUM_SECRETARIAT', partnershipId: salten.id })).toMatchObject({ ok: true })
    expect(await prisma.user.count({ where: { email } })).toBe(1)
  })

  it("refuses places in another county's tenant and writes nothing", async () => {
    const before = await counts()
    expect(await inviteMembership(prisma, governor, { email: newEmail(), name: 'Ola Utenfor', role: 'FORUM_MEMBER', partnershipId: sunnmore.id })).toMatchObject({ ok: false, error: 'targetNotFound' })
    expect(await inviteMembership(prisma, governor, { email: newEmail(), name: 'Ola Utenfor', role: 'PRINCIPAL', unitOrgNumber: sunnmoreSchool.orgNumber })).toMatchObject({ ok: false, error: 'targetNotFound' })
    const aalesund = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1508' } } })
    expect(await inviteMembership(prisma, governor, { email: newEmail(), name: 'Ola Utenfor', role: 'SCHOOL_OWNER', organisationId: aalesund.id })).toMatchObject({ ok: false, error: 'targetNotFound' })
    expect(await counts()).toEqual(before)
  })

  it("county governor staff who also sit in another county's forum still cannot administer that forum", async () => {
    // Their tenant context includes Nordre Sunnmøre (row-level security lets it through), so
    // only the application's manage scope stands between them and that forum's memberships.
    const email = newEmail()
    const user = await prisma.user.create({ data: { email, name: 'Guro To Hatter' } })
    await prisma.membership.createMany({
      data: [
        { userId: user.id, role: 'COUNTY_GOVERNOR_STAFF', organisationId: governor.memberships[0]!.organisationId },
        { userId: user.id, role: 'FORUM_MEMBER', partnershipId: sunnmore.id },
      ],
    })
    const twoHats = (await loadActor(prisma, user.id))!
    const before = await counts()
    expect(await inviteMembership(prisma, twoHats, { email: newEmail(), name: 'Ola Utenfor', role: 'FORUM_MEMBER', partnershipId: sunnmore.id })).toMatchObject({ ok: false, error: 'targetNotFound' })
    const sunnmoreSecretariat = await prisma.membership.findFirstOrThrow({ where: { user: { email: demoPeople.secretariatSunnmore.email } } })
    expect(await endMembership(prisma, twoHats, { membershipId: sunnmoreSecretariat.id })).toEqual({ ok: false, error: 'notFound' })
    expect(await counts()).toEqual(before)
    expect((await getMembershipAdmin(prisma, twoHats)).options.partnerships.map((p) => p.id)).toEqual([salten.id])
  })

  it('county governor staff cannot hand out platform administrator or university partner; the platform administrator can', async () => {
    const before = await counts()
    expect(await inviteMembership(prisma, governor, { email: newEmail(), name: 'Per Makt', role: 'PLATFORM_ADMIN' })).toMatchObject({ ok: false, error: 'roleNotGrantable' })
    const nord = await prisma.organisation.findFirstOrThrow({ where: { kind: 'UNIVERSITY', shortName: 'Nord' } })
    expect(await inviteMembership(prisma, governor, { email: newEmail(), name: 'Per UH', role: 'UNIVERSITY_PARTNER', organisationId: nord.id })).toMatchObject({ ok: false, error: 'roleNotGrantable' })
    expect(await counts()).toEqual(before)
    expect(await inviteMembership(prisma, admin, { email: newEmail(), name: 'Per UH', role: 'UNIVERSITY_PARTNER', organisationId: nord.id })).toEqual({ ok: true, done: 'invited' })
  })

  it('bad input names the fields and changes nothing', async () => {
    const before = await counts()
    expect(await inviteMembership(prisma, governor, { email: 'ikke-en-adresse', name: 'X', role: 'KONGE' })).toEqual({ ok: false, error: 'invalid', fields: ['email', 'name', 'role'], problems: expect.any(Object) as object })
    expect(await inviteMembership(prisma, governor, { email: newEmail(), name: 'Uten Skole', role: 'PRINCIPAL' })).toEqual({ ok: false, error: 'targetMissing', fields: ['unitOrgNumber'] })
    expect(await inviteMembership(prisma, governor, { email: newEmail(), name: 'Feil Nummer', role: 'PRINCIPAL', unitOrgNumber: '12345' })).toMatchObject({ ok: false, fields: ['unitOrgNumber'] })
    expect(await counts()).toEqual(before)
  })

  it('people without manage:membership are refused', async () => {
    for (const person of [demoPeople.secretariatSalten, demoPeople.schoolOwnerBodo, demoPeople.principal, demoPeople.universityPartner]) {
      const actor = await actorFor(person.email)
      expect(await inviteMembership(prisma, actor, { email: newEmail(), name: 'Noen', role: 'FORUM_MEMBER', partnershipId: salten.id })).toEqual({ ok: false, error: 'forbidden' })
      await expect(getMembershipAdmin(prisma, actor)).rejects.toBeInstanceOf(ForbiddenError)
    }
  })
})

describe('changing and ending memberships', () => {
  async function invitedForumMember(partnershipId: string) {
    const email = newEmail()
    await inviteMembership(prisma, admin, { email, name: 'Mona Medlem', role: 'FORUM_MEMBER', partnershipId })
    return prisma.membership.findFirstOrThrow({ where: { user: { email } } })
  }

  it('changes a forum member to secretariat with an audit row; a change to another kind of place is refused', async () => {
    const membership = await invitedForumMember(salten.id)
    expect(await changeMembershipRole(prisma, governor, { membershipId: membership.id, role: 'FORUM_SECRETARIAT' })).toEqual({ ok: true, done: 'changed' })
    expect((await prisma.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe('FORUM_SECRETARIAT')
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'membership.change_role', entityId: membership.id } })
    expect(audit).toMatchObject({ actorUserId: governor.userId, partnershipId: salten.id, data: { from: 'FORUM_MEMBER', to: 'FORUM_SECRETARIAT' } })
    const before = await counts()
    expect(await changeMembershipRole(prisma, governor, { membershipId: membership.id, role: 'PRINCIPAL' })).toMatchObject({ ok: false, error: 'roleChangeTarget' })
    expect(await counts()).toEqual(before)
  })

  it('ends a membership: access stops, history stays, and it cannot be ended twice', async () => {
    const membership = await invitedForumMember(salten.id)
    expect(await endMembership(prisma, governor, { membershipId: membership.id })).toEqual({ ok: true, done: 'ended' })
    expect((await loadActor(prisma, membership.userId))?.memberships).toEqual([])
    expect((await prisma.membership.findUniqueOrThrow({ where: { id: membership.id } })).endedAt).not.toBeNull()
    expect(await prisma.auditLog.count({ where: { action: 'membership.end', entityId: membership.id } })).toBe(1)
    expect(await endMembership(prisma, governor, { membershipId: membership.id })).toEqual({ ok: false, error: 'alreadyEnded' })
    expect(await changeMembershipRole(prisma, governor, { membershipId: membership.id, role: 'FORUM_SECRETARIAT' })).toEqual({ ok: false, error: 'alreadyEnded' })
  })

  it("never touches another county's memberships, and no one changes their own", async () => {
    const foreign = await invitedForumMember(sunnmore.id)
    const before = await counts()
    expect(await endMembership(prisma, governor, { membershipId: foreign.id })).toEqual({ ok: false, error: 'notFound' })
    expect(await changeMembershipRole(prisma, governor, { membershipId: foreign.id, role: 'FORUM_SECRETARIAT' })).toEqual({ ok: false, error: 'notFound' })
    const own = governor.memberships[0]!
    expect(await endMembership(prisma, governor, { membershipId: own.id })).toEqual({ ok: false, error: 'self' })
    expect(await endMembership(prisma, governor, { membershipId: 'not-a-uuid' })).toEqual({ ok: false, error: 'invalid', problems: { membershipId: { key: 'choose' } } })
    expect(await counts()).toEqual(before)
  })

  it("lists the county's memberships and none of another county's", async () => {
    const list = await getMembershipAdmin(prisma, governor)
    const places = list.memberships.map((m) => m.place ?? '')
    expect(places.some((p) => p.includes('Salten'))).toBe(true)
    expect(places.some((p) => p.includes('Sunnmøre'))).toBe(false)
    expect(list.options.partnerships.map((p) => p.id)).toEqual([salten.id])
    expect(list.grantableRoles).not.toContain('PLATFORM_ADMIN')
    const everyone = await getMembershipAdmin(prisma, admin)
    expect(everyone.total).toBeGreaterThan(list.total)
    expect((await getMembershipAdmin(prisma, governor, { q: 'Rektor Rita' })).memberships.map((m) => m.personName)).toEqual(['Rektor Rita'])
  })
})
