import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { createCounty, createMunicipality, createUnit, createUser } from '~tests/factories'
import { createTestDb } from '~tests/setup/test-db'
import { schoolYearOf } from '@/features/staff/schemas'
import { loadActor } from '@/server/authz/actor'
import { applyStaffImport, previewStaffImport } from './import-staff'

const { prisma } = await createTestDb()
// One county for every municipality here: the factory's two-digit county numbers would collide.
const county = await createCounty(prisma)

/** An owner with a school and a kindergarten, their leaders, and another owner's school. */
async function setting() {
  const { municipality, owner } = await createMunicipality(prisma, { countyId: county.id })
  const school = await createUnit(prisma, { ownerId: owner.id, municipalityId: municipality.id })
  const kindergarten = await createUnit(prisma, { ownerId: owner.id, municipalityId: municipality.id, kind: 'KINDERGARTEN', levels: ['KINDERGARTEN'] })
  const elsewhere = await createMunicipality(prisma, { countyId: county.id })
  const foreign = await createUnit(prisma, { ownerId: elsewhere.owner.id, municipalityId: elsewhere.municipality.id })
  const principal = await createUser(prisma)
  await prisma.membership.create({ data: { userId: principal.id, role: 'PRINCIPAL', unitId: school.id } })
  const ownerStaff = await createUser(prisma)
  await prisma.membership.create({ data: { userId: ownerStaff.id, role: 'SCHOOL_OWNER', organisationId: owner.id } })
  return { school, kindergarten, foreign, principal: (await loadActor(prisma, principal.id))!, principalEmail: principal.email!, owner: (await loadActor(prisma, ownerStaff.id))! }
}

const csvFile = (lines: string[], name = 'ansatte.csv') => new File([lines.join('\n')], name, { type: 'text/csv' })
const header = 'Navn;E-post;Organisasjonsnummer;Rolle'

describe('staff import', () => {
  it('previews new, changed and unchanged rows, then applies them in one go with one audit row', async () => {
    const { school, kindergarten, owner } = await setting()
    const known = await createUser(prisma)
    await prisma.membership.create({ data: { userId: known.id, role: 'TEACHER', unitId: school.id } })
    const steady = await createUser(prisma)
    await prisma.membership.create({ data: { userId: steady.id, role: 'TEACHER', unitId: school.id } })
    const fresh = `ny.${crypto.randomUUID()}@skole.no`
    const file = csvFile([
      header,
      `Nora Ny;${fresh};${school.orgNumber};Lærer`,
      `${known.name};${known.email!.toUpperCase()};${school.orgNumber};ressurslærer`,
      `${steady.name};${steady.email};${school.orgNumber};TEACHER`,
      `Bente Barnehage;b.${fresh};${kindergarten.orgNumber};Pedagogisk leder`,
    ])
    const preview = await previewStaffImport(prisma, owner, { file })
    if (!preview.ok || preview.done !== 'previewed') throw new Error(JSON.stringify(preview))
    expect(preview.preview.counts).toEqual({ new: 2, changed: 1, unchanged: 1 })
    expect(await prisma.user.count({ where: { email: fresh } })).toBe(0)

    const applied = await applyStaffImport(prisma, owner, { fileName: preview.file.name, fileData: preview.file.data, digest: preview.preview.digest })
    expect(applied).toEqual({ ok: true, done: 'applied', values: { created: 2, changed: 1, unchanged: 1 } })
    expect(await prisma.membership.findFirst({ where: { user: { email: fresh }, unitId: school.id, role: 'TEACHER' } })).not.toBeNull()
    expect(await prisma.membership.findFirst({ where: { userId: known.id, unitId: school.id, endedAt: null } })).toMatchObject({ role: 'RESOURCE_TEACHER' })
    expect(await prisma.auditLog.count({ where: { action: 'staff.import', actorUserId: owner.userId } })).toBe(1)
    // The same file again: the preview it was approved from is gone.
    expect(await applyStaffImport(prisma, owner, { fileName: preview.file.name, fileData: preview.file.data, digest: preview.preview.digest })).toEqual({ ok: false, error: 'changedSinceReview' })
  })

  it('refuses a file with any bad line, naming each line, and writes nothing', async () => {
    const { school, kindergarten, foreign, principal, principalEmail } = await setting()
    const good = `god.${crypto.randomUUID()}@skole.no`
    const before = await prisma.membership.count()
    const file = csvFile([
      header,
      `Grete God;${good};${school.orgNumber};Lærer`,
      `X;ikke-epost;12345;rektor`,
      `Frida Fremmed;f.${good};${foreign.orgNumber};Lærer`,
      `Bjørn Barnehage;bb.${good};${kindergarten.orgNumber};Lærer`,
      '',
      `Grete God;${good};${school.orgNumber};Ressurslærer`,
      `Rektor Selv;${principalEmail};${school.orgNumber};Lærer`,
    ])
    const result = await previewStaffImport(prisma, principal, { file })
    if (result.ok || result.error !== 'fileErrors') throw new Error(JSON.stringify(result))
    expect(result.lineErrors.map((e) => [e.line, e.code])).toEqual([
      [3, 'name'], [3, 'email'], [3, 'orgNumber'], [3, 'role'],
      // A principal keeps their own unit only: the kindergarten is the owner's, not theirs.
      [4, 'unitNotFound'], [5, 'unitNotFound'],
      [7, 'duplicate'], [8, 'leader'],
    ])
    expect(await prisma.membership.count()).toBe(before)
  })

  it('reads the first sheet of an .xlsx file, and refuses a file without the columns', async () => {
    const { school, principal } = await setting()
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Ansatte')
    sheet.addRow(['Navn', 'E-post', 'Orgnr', 'Rolle'])
    sheet.addRow(['Xena Xlsx', { text: `x.${crypto.randomUUID()}@skole.no`, hyperlink: 'mailto:x@skole.no' }, Number(school.orgNumber), 'Lærer'])
    const xlsx = new File([await workbook.xlsx.writeBuffer()], 'ansatte.xlsx')
    const result = await previewStaffImport(prisma, principal, { file: xlsx })
    expect(result).toMatchObject({ ok: true, done: 'previewed', preview: { counts: { new: 1, changed: 0, unchanged: 0 } } })
    expect(await previewStaffImport(prisma, principal, { file: csvFile(['Navn;Rolle', 'A B;Lærer']) })).toMatchObject({ ok: false, lineErrors: [{ line: 1, code: 'missingColumns' }] })
    expect(await previewStaffImport(prisma, principal, { file: new File(['x'], 'ansatte.pdf') })).toMatchObject({ ok: false, lineErrors: [{ line: 1, code: 'fileType' }] })
  })

  it("assigns this school year's classes named in the file, and refuses a class the unit does not have", async () => {
    const { school, principal } = await setting()
    const group = await prisma.unitGroup.create({ data: { unitId: school.id, kind: 'SCHOOL_CLASS', grade: 5, name: '5A', schoolYear: schoolYearOf(new Date()) } })
    const email = `klasse.${crypto.randomUUID()}@skole.no`
    const file = csvFile(['Navn;E-post;Organisasjonsnummer;Rolle;Klasser', `Klara Klasse;${email};${school.orgNumber};Lærer;5a`])
    const preview = await previewStaffImport(prisma, principal, { file })
    if (!preview.ok || preview.done !== 'previewed') throw new Error(JSON.stringify(preview))
    expect(preview.preview.rows[0]).toMatchObject({ classes: ['5a'], classIds: [group.id], status: 'new' })
    await applyStaffImport(prisma, principal, { fileName: preview.file.name, fileData: preview.file.data, digest: preview.preview.digest })
    expect(await prisma.unitGroupTeacher.count({ where: { groupId: group.id, membership: { user: { email } } } })).toBe(1)
    const unknown = await previewStaffImport(prisma, principal, { file: csvFile(['Navn;E-post;Organisasjonsnummer;Rolle;Klasser', `Klara Klasse;${email};${school.orgNumber};Lærer;5A, 9Z`]) })
    expect(unknown).toMatchObject({ ok: false, lineErrors: [{ line: 2, code: 'unknownClass', values: { value: '9Z' } }] })
  })

  it('is refused to a teacher', async () => {
    const { school } = await setting()
    const teacher = await createUser(prisma)
    await prisma.membership.create({ data: { userId: teacher.id, role: 'TEACHER', unitId: school.id } })
    const actor = (await loadActor(prisma, teacher.id))!
    expect(await previewStaffImport(prisma, actor, { file: csvFile([header, `A B;a@b.no;${school.orgNumber};Lærer`]) })).toEqual({ ok: false, error: 'forbidden' })
  })
})
