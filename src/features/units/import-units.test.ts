import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createMunicipality, nextOrgNumber } from '~tests/factories'
import { importUnits } from './import-units'

const { prisma } = await createTestDb()
let municipalityNumber = ''
let otherMunicipalityNumber = ''

beforeAll(async () => {
  const { municipality } = await createMunicipality(prisma)
  const other = await createMunicipality(prisma, { countyId: municipality.countyId })
  municipalityNumber = municipality.number
  otherMunicipalityNumber = other.municipality.number
})

const header = 'Organisasjonsnummer;Navn;Kommunenummer;Elevtall;Skoletype;Eierform;Målform'

describe('importUnits', () => {
  it('creates units with the right owner, levels and language, and updates them on re-import', async () => {
    const [a, b, c, d] = [nextOrgNumber(), nextOrgNumber(), nextOrgNumber(), nextOrgNumber()]
    const csv = [
      header,
      `${a};Vika skole;${municipalityNumber};212;Barneskole;Offentlig;Bokmål`,
      `${b};Lia ungdomsskule;${otherMunicipalityNumber};180;Ungdomsskole;offentlig;Nynorsk`,
      `${c};Fjordbyen vidaregåande skule;${municipalityNumber};640;Videregående skole;Offentlig;Nynorsk`,
      `${d};Montessoriskolen;${municipalityNumber};45;Grunnskole;Privat;`,
    ].join('\n')

    const result = await importUnits(prisma, csv)
    expect(result).toEqual({ ok: true, created: 4, updated: 0 })

    const units = await prisma.unit.findMany({
      where: { orgNumber: { in: [a, b, c, d] } },
      include: { owner: true, municipality: true },
      orderBy: { orgNumber: 'asc' },
    })
    const byOrg = new Map(units.map((u) => [u.orgNumber, u]))
    expect(byOrg.get(a)).toMatchObject({ levels: ['PRIMARY'], pupilCount: 212, writtenLanguage: 'NB', isPublic: true })
    expect(byOrg.get(a)!.owner.kind).toBe('MUNICIPALITY')
    expect(byOrg.get(b)).toMatchObject({ levels: ['LOWER_SECONDARY'], writtenLanguage: 'NN' })
    expect(byOrg.get(b)!.municipality.number).toBe(otherMunicipalityNumber)
    expect(byOrg.get(c)!.owner.kind).toBe('COUNTY_MUNICIPALITY')
    expect(byOrg.get(d)!.owner).toMatchObject({ kind: 'PRIVATE_OWNER', name: 'Montessoriskolen' })
    expect(byOrg.get(d)!.isPublic).toBe(false)

    const again = await importUnits(prisma, csv.replace('212', '230'))
    expect(again).toEqual({ ok: true, created: 0, updated: 4 })
    expect((await prisma.unit.findUniqueOrThrow({ where: { orgNumber: a } })).pupilCount).toBe(230)
  })

  it('reports every bad row with its line number in bokmål and writes nothing', async () => {
    const good = nextOrgNumber()
    const dup = nextOrgNumber()
    const before = await prisma.unit.count()
    const csv = [
      header,
      `${good};God skole;${municipalityNumber};100;Barneskole;Offentlig;Bokmål`,
      `123456789;Feil nummer skole;${municipalityNumber};100;Barneskole;Offentlig;Bokmål`,
      `${dup};Dobbel skole;${municipalityNumber};-3;Barneskole;Offentlig;Bokmål`,
      `${nextOrgNumber()};Ukjent kommune skole;9998;100;Barneskole;Offentlig;Bokmål`,
      `${nextOrgNumber()};Rar skole;${municipalityNumber};100;Folkehøgskole;Kommunal;Bokmål`,
      `${good};Samme skole igjen;${municipalityNumber};100;Barneskole;Offentlig;Bokmål`,
    ].join('\n')

    const result = await importUnits(prisma, csv)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'orgNumber'],
      [4, 'pupilCount'],
      [5, 'unknownMunicipality'],
      [6, 'schoolType'],
      [6, 'ownership'],
      [7, 'duplicate'],
    ])
    expect(result.errors[0]!.message).toBe(
      'Linje 3: «123456789» er ikke et gyldig organisasjonsnummer (9 siffer med riktig kontrollsiffer).',
    )
    expect(result.errors[5]!.message).toBe(`Linje 7: organisasjonsnummer ${good} står også på linje 2.`)
    expect(await prisma.unit.count()).toBe(before)
  })

  it('speaks nynorsk and English when asked', async () => {
    const csv = `${header}\n123;X skole;${municipalityNumber};1;Barneskole;Offentlig;`
    const nn = await importUnits(prisma, csv, 'nn')
    const en = await importUnits(prisma, csv, 'en')
    expect(!nn.ok && nn.errors[0]!.message).toContain('er ikkje eit gyldig organisasjonsnummer')
    expect(!en.ok && en.errors[0]!.message).toContain('is not a valid organisation number')
  })

  it('names missing columns and refuses an empty or malformed file', async () => {
    const missing = await importUnits(prisma, 'Organisasjonsnummer,Navn\n974760673,Skole')
    expect(!missing.ok && missing.errors[0]!.message).toBe(
      'Linje 1: filen mangler kolonnene kommunenummer, elevtall, skoletype, eierform.',
    )
    const empty = await importUnits(prisma, header)
    expect(!empty.ok && empty.errors[0]!.code).toBe('empty')
    const malformed = await importUnits(prisma, `${header}\n"974760673;uavsluttet`)
    expect(!malformed.ok && malformed.errors[0]!.code).toBe('malformed')
  })
})
