import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createDevelopmentPlan, createPlanReviews } from '~tests/factories/measures'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { createPlan } from '@/features/measures/create-plan'
import { getPlans } from '@/features/measures/get-plans'
import { getPlan } from '@/features/measures/get-plan'
import { addPlanReview } from '@/features/measures/add-plan-review'
import { getSpread } from './get-spread'
import { getUnitTrack } from './queries'
import { setUnitTrack } from './set-unit-track'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const changes = (unitId: string) => prisma.unitTrackChange.count({ where: { unitId } })

let owner: Actor
let principal: Actor
let secretariat: Actor
let sunnmoreSecretariat: Actor
let forumMember: Actor
let salten: { id: string }
let bodoUnit: { id: string; name: string }
let otherOwnersUnit: string
let sunnmoreUnit: string

beforeAll(async () => {
  owner = await actorFor(demoPeople.schoolOwnerBodo.email)
  principal = await actorFor(demoPeople.principal.email)
  secretariat = await actorFor(demoPeople.secretariatSalten.email)
  sunnmoreSecretariat = await actorFor(demoPeople.secretariatSunnmore.email)
  forumMember = await actorFor(demoPeople.forumMemberSalten.email)
  salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
  const bodo = owner.memberships.find((m) => m.role === 'SCHOOL_OWNER')!.organisationId!
  bodoUnit = await prisma.unit.findFirstOrThrow({ where: { ownerId: bodo }, orderBy: { name: 'asc' }, select: { id: true, name: true } })
  otherOwnersUnit = (await prisma.unit.findFirstOrThrow({ where: { ownerId: { not: bodo }, owner: { partnershipOwners: { some: { partnershipId: salten.id } } } } })).id
  sunnmoreUnit = (await prisma.unit.findFirstOrThrow({ where: { owner: { partnershipOwners: { some: { partnership: { slug: 'nordre-sunnmore' } } } } } })).id
})

describe('setting a unit’s track', () => {
  it('lets the owner move its own unit, writing the change and its audit row together', async () => {
    const before = await prisma.unitTrackChange.findFirst({ where: { unitId: bodoUnit.id }, orderBy: { changedAt: 'desc' } })
    const track = before?.track === 'SHARING' ? 'CONNECTING' : 'SHARING'
    const result = await setUnitTrack(prisma, owner, { unitId: bodoUnit.id, track, reason: 'Deler leseopplegget med de andre skolene.' })
    expect(result).toEqual({ ok: true, done: 'trackSet', id: bodoUnit.id })
    const latest = await prisma.unitTrackChange.findFirstOrThrow({ where: { unitId: bodoUnit.id }, orderBy: { changedAt: 'desc' } })
    expect(latest).toMatchObject({ track, partnershipId: salten.id, changedById: owner.userId, reason: 'Deler leseopplegget med de andre skolene.' })
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'unit.track.set', entityId: latest.id } })
    expect(audit.data).toMatchObject({ unitId: bodoUnit.id, from: before?.track ?? null, to: track })
  })

  it('refuses the track the unit is on, a short reason and a bad track, changing nothing', async () => {
    const current = (await prisma.unitTrackChange.findFirstOrThrow({ where: { unitId: bodoUnit.id }, orderBy: { changedAt: 'desc' } })).track
    const count = await changes(bodoUnit.id)
    expect(await setUnitTrack(prisma, owner, { unitId: bodoUnit.id, track: current, reason: 'Samme spor igjen.' })).toMatchObject({ ok: false, error: 'sameTrack', fields: ['track'] })
    expect(await setUnitTrack(prisma, owner, { unitId: bodoUnit.id, track: 'CONNECTING', reason: 'x' })).toMatchObject({ ok: false, error: 'invalid', fields: ['reason'] })
    expect(await setUnitTrack(prisma, owner, { unitId: bodoUnit.id, track: 'FAST', reason: 'Et spor som ikke finnes.' })).toMatchObject({ ok: false, error: 'invalid', fields: ['track'] })
    expect(await changes(bodoUnit.id)).toBe(count)
  })

  it('reaches only the actor’s own units: another owner’s, another partnership’s, none for a principal', async () => {
    const input = { track: 'ESTABLISHED', reason: 'Forsøk utenfor egne enheter.' }
    const [other, far] = [await changes(otherOwnersUnit), await changes(sunnmoreUnit)]
    expect(await setUnitTrack(prisma, owner, { ...input, unitId: otherOwnersUnit })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await setUnitTrack(prisma, secretariat, { ...input, unitId: sunnmoreUnit })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await setUnitTrack(prisma, principal, { ...input, unitId: principal.memberships[0]!.unitId! })).toMatchObject({ ok: false, error: 'forbidden' })
    expect([await changes(otherOwnersUnit), await changes(sunnmoreUnit)]).toEqual([other, far])
    // The secretariat sets the tracks of its own partnership's units.
    const current = await prisma.unitTrackChange.findFirst({ where: { unitId: otherOwnersUnit }, orderBy: { changedAt: 'desc' } })
    const track = current?.track === 'ESTABLISHED' ? 'SHARING' : 'ESTABLISHED'
    expect(await setUnitTrack(prisma, secretariat, { ...input, track, unitId: otherOwnersUnit })).toMatchObject({ ok: true })
  })

  it('never rewrites a change (the database refuses)', async () => {
    const row = await prisma.unitTrackChange.findFirstOrThrow({ where: { unitId: bodoUnit.id } })
    await expect(prisma.unitTrackChange.update({ where: { id: row.id }, data: { reason: 'Skrevet om i ettertid.' } })).rejects.toThrow(/UnitTrackChange_fixed|not changed/)
  })
})

describe('the owner’s plans for its units', () => {
  it('lets the owner create and follow a plan for its own unit, not for another owner’s', async () => {
    const created = await createPlan(prisma, owner, { target: `unit:${bodoUnit.id}`, title: 'Plan fra skoleeier', startsOn: '2026-08-01', endsOn: '' })
    expect(created).toMatchObject({ ok: true, done: 'planCreated' })
    const planId = (created as { id: string }).id
    expect((await getPlan(prisma, owner, planId))?.canWrite).toBe(true)
    expect(await addPlanReview(prisma, owner, { planId, level: 'UNIT', reviewedOn: '2026-09-01', stage: 'STARTED', note: 'Skoleeier følger opp.' })).toMatchObject({ ok: true })
    expect(await createPlan(prisma, owner, { target: `unit:${otherOwnersUnit}`, title: 'Plan for en annen', startsOn: '2026-08-01', endsOn: '' })).toMatchObject({ ok: false, error: 'notFound' })
    const { targets, plans } = await getPlans(prisma, owner)
    expect(targets.some((t) => t.value === `unit:${bodoUnit.id}`)).toBe(true)
    expect(targets.some((t) => t.value === `unit:${otherOwnersUnit}` || t.kind === 'partnership')).toBe(false)
    // The list shows the unit's track beside its plan.
    const track = (await prisma.unitTrackChange.findFirstOrThrow({ where: { unitId: bodoUnit.id }, orderBy: { changedAt: 'desc' } })).track
    expect(plans.find((p) => p.id === planId)?.track).toBe(track)
  })

  it('shows the track and its history on the unit plan’s page, with the form only for who may move it', async () => {
    const forOwner = await getUnitTrack(prisma, owner, bodoUnit)
    expect(forOwner).toMatchObject({ unitId: bodoUnit.id, canSet: true })
    expect(forOwner!.history.length).toBeGreaterThan(0)
    expect(forOwner!.current).toBe(forOwner!.history[0]!.track)
    expect(forOwner!.history.some((c) => c.changedByName === demoPeople.schoolOwnerBodo.name)).toBe(true)
    // Another partnership's secretariat reads no change of it and may not move it.
    expect(await getUnitTrack(prisma, sunnmoreSecretariat, bodoUnit)).toMatchObject({ current: null, history: [], canSet: false })
    // The principal sees its own unit's track, and does not move it.
    const school = principal.memberships[0]!.unitId!
    const latest = await prisma.unitTrackChange.findFirstOrThrow({ where: { unitId: school }, orderBy: { changedAt: 'desc' } })
    expect(await getUnitTrack(prisma, principal, { id: school, name: 'skolen' })).toMatchObject({ current: latest.track, canSet: false })
  })
})

describe('the spread between units', () => {
  it('counts every unit once a year, by stage and by track, for the forum', async () => {
    const plan = await createDevelopmentPlan(prisma, { partnershipId: salten.id, unitId: otherOwnersUnit })
    await createPlanReviews(prisma, plan, [{ level: 'UNIT', reviewedOn: new Date('2026-03-01'), stage: 'EMBEDDED', note: 'Godt innarbeidet.' }])
    const [spread] = (await getSpread(prisma, forumMember)).filter((s) => s.id === salten.id)
    expect(spread).toBeDefined()
    const units = spread!.units.length
    for (const row of [...spread!.stages, ...spread!.tracks]) expect(Object.values(row.counts).reduce((a, b) => a + b, 0)).toBe(units)
    expect(spread!.units.find((u) => u.id === otherOwnersUnit)?.stage).toBe('EMBEDDED')
    expect(spread!.stages.at(-1)!.counts.EMBEDDED).toBeGreaterThan(0)
    expect(spread!.tracks.at(-1)!.counts.SHARING).toBeGreaterThan(0)
  })

  it('gives an owner its own units only, and nothing to a principal', async () => {
    const spreads = await getSpread(prisma, owner)
    const bodo = owner.memberships.find((m) => m.role === 'SCHOOL_OWNER')!.organisationId!
    const ownIds = (await prisma.unit.findMany({ where: { ownerId: bodo, active: true }, select: { id: true } })).map((u) => u.id)
    expect(spreads.flatMap((s) => s.units.map((u) => u.id)).every((id) => ownIds.includes(id))).toBe(true)
    await expect(getSpread(prisma, principal)).rejects.toThrow()
  })
})
