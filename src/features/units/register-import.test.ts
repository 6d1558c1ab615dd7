import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { createCounty, createGovernorOffice, createMunicipality, createUnit, createUser } from '~tests/factories'
import { createTestDb } from '~tests/setup/test-db'
import { loadActor } from '@/server/authz/actor'
import { applyUnitImport, previewUnitImport } from './register-import'

const { prisma } = await createTestDb()
// Two counties with their own offices; numbers chosen here, since the factory's two random digits may meet.
const office = await createGovernorOffice(prisma)
const county = await createCounty(prisma, { number: '91', governorOfficeId: office.id })
const otherCounty = await createCounty(prisma, { number: '92' })
const { municipality, owner } = await createMunicipality(prisma, { countyId: county.id })
const { municipality: foreignMunicipality } = await createMunicipality(prisma, { countyId: otherCounty.id })

const governor = await prisma.organisation.create({ data: { kind: 'COUNTY_GOVERNOR', name: 'Statsforvalteren i Test', governorOfficeId: office.id } })

async function countyGovernor() {
  const organisation = governor
  const user = await createUser(prisma)
  await prisma.membership.create({ data: { userId: user.id, role: 'COUNTY_GOVERNOR_STAFF', organisationId: organisation.id } })
  return (await loadActor(prisma, user.id))!
}

const header = 'Organisasjonsnummer;Navn;Kommunenummer;Elevtall;Skoletype;Eierform;Målform;ErAktiv'
const csv = (lines: string[]) => new File([[header, ...lines].join('\n')], 'nsr.csv', { type: 'text/csv' })

describe('the unit register import page', () => {
  it('previews new, changed and closed units, then applies them with one audit row', async () => {
    const actor = await countyGovernor()
    const changed = await createUnit(prisma, { ownerId: owner.id, municipalityId: municipality.id, name: 'Gamle Vika skole', levels: ['PRIMARY'], pupilCount: 100, staffFteCenti: 0 })
    const closing = await createUnit(prisma, { ownerId: owner.id, municipalityId: municipality.id, levels: ['PRIMARY'] })
    const fresh = '974760673'
    const file = csv([
      `${fresh};Nye Lia skole;${municipality.number};120;Barneskole;Offentlig;Bokmål;ja`,
      `${changed.orgNumber};Vika skole;${municipality.number};130;Barneskole;Offentlig;Bokmål;ja`,
      `${closing.orgNumber};${closing.name};${municipality.number};200;Barneskole;Offentlig;Bokmål;nei`,
    ])
    const preview = await previewUnitImport(prisma, actor, { file })
    if (!preview.ok || preview.done !== 'previewed') throw new Error(JSON.stringify(preview))
    expect(preview.preview.created.map((u) => u.orgNumber)).toEqual([fresh])
    expect(preview.preview.changed).toEqual([{ line: 3, orgNumber: changed.orgNumber, name: 'Vika skole', fields: ['name', 'pupilCount'] }])
    expect(preview.preview.deactivated.map((u) => u.orgNumber)).toEqual([closing.orgNumber])
    expect(await prisma.unit.count({ where: { orgNumber: fresh } })).toBe(0)

    expect(await applyUnitImport(prisma, actor, { fileName: preview.file.name, fileData: preview.file.data, digest: preview.preview.digest })).toEqual({
      ok: true,
      done: 'applied',
      values: { created: 1, updated: 2 },
    })
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: closing.id } })).toMatchObject({ active: false })
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: changed.id } })).toMatchObject({ name: 'Vika skole', pupilCount: 130 })
    expect(await prisma.auditLog.count({ where: { action: 'unit.import', actorUserId: actor.userId } })).toBe(1)
  })

  it('refuses a bad file without writing: line errors, and rows outside the county governor’s counties', async () => {
    const actor = await countyGovernor()
    const before = await prisma.unit.count()
    const bad = await previewUnitImport(prisma, actor, { file: csv([`123456789;X;${municipality.number};-1;Barneskole;Offentlig;Bokmål;kanskje`]) })
    expect(bad).toMatchObject({ ok: false, error: 'fileErrors' })
    if (!bad.ok && bad.error === 'fileErrors') expect(bad.lineErrors.map((e) => [e.line, e.code])).toEqual([[2, 'orgNumber'], [2, 'name'], [2, 'pupilCount'], [2, 'active']])
    const outside = await previewUnitImport(prisma, actor, { file: csv([`974760673;Utenfor skole;${foreignMunicipality.number};10;Barneskole;Offentlig;Bokmål;ja`]) })
    expect(outside).toMatchObject({ ok: false, lineErrors: [{ line: 2, code: 'outsideOffice' }] })
    // A file changed after its preview is planned again and refused on its own lines.
    const tampered = Buffer.from(`${header}\n123;X;${municipality.number};1;Barneskole;Offentlig;Bokmål;ja`).toString('base64')
    expect(await applyUnitImport(prisma, actor, { fileName: 'nsr.csv', fileData: tampered, digest: '0'.repeat(64) })).toMatchObject({ ok: false, error: 'fileErrors' })
    expect(await prisma.unit.count()).toBe(before)
  })

  it('reads .xlsx, and is refused to a school owner', async () => {
    const actor = await countyGovernor()
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('NSR')
    sheet.addRow(header.split(';'))
    sheet.addRow(['974760673', 'Regneark skole', municipality.number, 50, 'Barneskole', 'Offentlig', 'Nynorsk', 'ja'])
    const file = new File([await workbook.xlsx.writeBuffer()], 'nsr.xlsx')
    expect(await previewUnitImport(prisma, actor, { file })).toMatchObject({ ok: true, done: 'previewed' })
    const ownerUser = await createUser(prisma)
    await prisma.membership.create({ data: { userId: ownerUser.id, role: 'SCHOOL_OWNER', organisationId: owner.id } })
    expect(await previewUnitImport(prisma, (await loadActor(prisma, ownerUser.id))!, { file })).toEqual({ ok: false, error: 'forbidden' })
  })
})
