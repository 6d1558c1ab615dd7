import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { assignGroupTeacher } from './assign-group-teacher'
import { changeStaffRole } from './change-staff-role'
import { createUnitGroup } from './create-unit-group'
import { endStaff } from './end-staff'
import { getStaff } from './get-staff'
import { inviteStaff } from './invite-staff'
import { removeUnitGroup } from './remove-unit-group'
import { schoolYearOf } from './schemas'
import { createUnitGroup as createGroupRow } from '~tests/factories/staff'
import { createWaveRow, issueCodeRows } from '~tests/factories/surveys'

const { prisma, seeded } = await createTestDb({ demo: true })
const year = String(schoolYearOf(new Date()))
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const writes = async () => ({ memberships: await prisma.membership.count(), groups: await prisma.unitGroup.count(), teachers: await prisma.unitGroupTeacher.count(), audit: await prisma.auditLog.count() })

let rita: Actor
let lars: Actor
let sofie: Actor
let school: string
let kindergarten: string

beforeAll(async () => {
  rita = await actorFor(demoPeople.principal.email)
  lars = await actorFor(demoPeople.teacherSalten.email)
  sofie = await actorFor(demoPeople.kindergartenHead.email)
  school = rita.memberships[0]!.unitId!
  kindergarten = sofie.memberships[0]!.unitId!
})

describe("the unit's staff and classes (issue 15)", () => {
  it('the principal invites a teacher, sets up 4A, assigns the teacher, and ends them again', async () => {
    const email = `ny.${crypto.randomUUID()}@skole.no`
    expect(await inviteStaff(prisma, rita, { unitId: school, email, name: 'Nora Nylærer', role: 'TEACHER' })).toEqual({ ok: true, done: 'invited', id: school })
    expect(await prisma.emailOutbox.count({ where: { to: email } })).toBe(1)
    expect(await createUnitGroup(prisma, rita, { unitId: school, grade: '4', name: '4A', schoolYear: year })).toMatchObject({ ok: true, done: 'groupCreated' })
    const page = (await getStaff(prisma, rita, school))!
    const nora = page.staff.find((s) => s.email === email)!
    const group = page.groups.find((g) => g.name === '4A')!
    expect(group).toMatchObject({ kind: 'SCHOOL_CLASS', grade: 4, schoolYear: Number(year) })
    expect(await assignGroupTeacher(prisma, rita, { groupId: group.id, membershipId: nora.membershipId })).toMatchObject({ ok: true, done: 'teacherAssigned' })
    expect((await getStaff(prisma, rita, school))!.staff.find((s) => s.email === email)!.groups).toEqual(['4A'])
    expect(await changeStaffRole(prisma, rita, { membershipId: nora.membershipId, role: 'RESOURCE_TEACHER' })).toMatchObject({ ok: true, done: 'changed' })
    // A principal is no staff role: the page never hands one out.
    expect(await changeStaffRole(prisma, rita, { membershipId: nora.membershipId, role: 'PRINCIPAL' })).toMatchObject({ ok: false, error: 'roleNotGrantable' })
    expect(await endStaff(prisma, rita, { membershipId: nora.membershipId })).toMatchObject({ ok: true, done: 'ended' })
    expect(await prisma.unitGroupTeacher.count({ where: { membershipId: nora.membershipId } })).toBe(0)
  })

  it('refuses bad input with the field named, and writes nothing', async () => {
    const before = await writes()
    expect(await createUnitGroup(prisma, rita, { unitId: school, grade: '', name: '6B', schoolYear: year })).toEqual({ ok: false, error: 'gradeRequired', fields: ['grade'] })
    expect(await createUnitGroup(prisma, rita, { unitId: school, grade: '14', name: '14A', schoolYear: year })).toMatchObject({ ok: false, error: 'invalid', fields: ['grade'] })
    expect(await createUnitGroup(prisma, rita, { unitId: school, grade: '6', name: '   ', schoolYear: year })).toMatchObject({ ok: false, error: 'invalid', fields: ['name'] })
    expect(await inviteStaff(prisma, rita, { unitId: school, email: 'ikke-en-adresse', name: 'X Y', role: 'TEACHER' })).toMatchObject({ ok: false, error: 'invalid', fields: ['email'] })
    // Kindergarten staff belong at a kindergarten.
    expect(await inviteStaff(prisma, rita, { unitId: school, email: `x.${crypto.randomUUID()}@skole.no`, name: 'Feil Rolle', role: 'KINDERGARTEN_STAFF' })).toMatchObject({ ok: false, error: 'roleNotGrantable', fields: ['role'] })
    await createUnitGroup(prisma, rita, { unitId: school, grade: '7', name: '7C', schoolYear: year })
    expect(await createUnitGroup(prisma, rita, { unitId: school, grade: '7', name: '7C', schoolYear: year })).toMatchObject({ ok: false, error: 'groupExists', fields: ['name'] })
    expect((await writes()).memberships).toBe(before.memberships)
  })

  it('a teacher keeps no staff; a leader reaches only their own unit; a kindergarten group has no trinn', async () => {
    expect(await createUnitGroup(prisma, lars, { unitId: school, grade: '5', name: '5L', schoolYear: year })).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await getStaff(prisma, sofie, school)).toBeNull()
    expect(await createUnitGroup(prisma, sofie, { unitId: school, grade: '5', name: '5S', schoolYear: year })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await createUnitGroup(prisma, sofie, { unitId: kindergarten, grade: '', name: 'Tyttebær', schoolYear: year })).toMatchObject({ ok: true })
    expect(await prisma.unitGroup.findFirst({ where: { unitId: kindergarten, name: 'Tyttebær' } })).toMatchObject({ kind: 'KINDERGARTEN_GROUP', grade: null })
    // Lars works at Rita's school, not in Sofie's kindergarten: the database refuses him there too.
    const group = await prisma.unitGroup.findFirstOrThrow({ where: { unitId: kindergarten, name: 'Tyttebær' } })
    expect(await assignGroupTeacher(prisma, sofie, { groupId: group.id, membershipId: lars.memberships[0]!.id })).toMatchObject({ ok: false, error: 'notStaff' })
    await expect(prisma.unitGroupTeacher.create({ data: { groupId: group.id, membershipId: lars.memberships[0]!.id } })).rejects.toThrow(/same_unit|teacher works/)
  })

  it('removes a class nobody surveyed, and refuses, naming it, a class with survey codes or answers, in any partnership', async () => {
    const unit = { id: school, kind: 'SCHOOL' }
    const [plain, surveyed, answered, elsewhere] = await Promise.all([1, 2, 3, 4].map(() => createGroupRow(prisma, unit)))
    const salten = seeded['salten-kan']!
    const other = Object.values(seeded).find((p) => p.partnershipId !== salten.partnershipId)!
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: [school] })
    await issueCodeRows(prisma, wave, school, 'PUPILS_8_10', 2, surveyed!.id)
    const version = await prisma.surveyWaveInstrument.findFirstOrThrow({ where: { waveId: wave.id } })
    await prisma.surveyAnswer.create({
      data: { partnershipId: salten.partnershipId, waveId: wave.id, unitId: school, classId: answered!.id, group: 'PUPILS_8_10', versionId: version.versionId, answeredOn: new Date(), values: { 'le-safe': 4 } },
    })
    // Codes in another partnership's wave, which the principal's tenant context does not see.
    const foreign = await createWaveRow(prisma, { partnershipId: other.partnershipId, unitIds: [school] })
    await issueCodeRows(prisma, foreign, school, 'PUPILS_8_10', 1, elsewhere!.id)

    expect(await removeUnitGroup(prisma, rita, { groupId: plain!.id })).toMatchObject({ ok: true, done: 'groupRemoved' })
    for (const group of [surveyed!, answered!, elsewhere!])
      expect(await removeUnitGroup(prisma, rita, { groupId: group.id })).toEqual({ ok: false, error: 'groupHasSurveys', values: { name: group.name } })
    expect(await prisma.unitGroup.count({ where: { id: { in: [surveyed!.id, answered!.id, elsewhere!.id] } } })).toBe(3)
    expect(await prisma.surveyAnswer.count({ where: { classId: answered!.id } })).toBe(1)
    expect(await prisma.auditLog.count({ where: { action: 'unit_group.remove', entityId: { in: [surveyed!.id, answered!.id, elsewhere!.id] } } })).toBe(0)
  })
})
