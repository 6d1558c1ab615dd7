/**
 * Factories for mapping surveys, shared by the tests and the demo seed: an instrument copied from
 * the starter library, a wave over some units, and codes (returned in plain text once, stored hashed).
 */
import type { InformantGroup, Prisma } from '@/generated/prisma/client'
import { hashSurveyCode, newSurveyCode } from '@/features/surveys/codes'
import { starterLibrary } from '@/features/surveys/instruments/library'
import { DEFAULT_MINIMUM_RESPONDENTS } from '@/features/surveys/suppression/thresholds'
import { unique } from './index'

type Tx = Prisma.TransactionClient

export async function createLibraryInstrument(db: Tx, partnershipId: string, group: InformantGroup) {
  const content = starterLibrary[group]
  const instrument = await db.surveyInstrument.create({ data: { partnershipId, group, name: content.title.nb, libraryKey: group } })
  const version = await db.surveyInstrumentVersion.create({ data: { partnershipId, instrumentId: instrument.id, version: 1, content } })
  return { instrument, version }
}

const day = (offset: number) => {
  const d = new Date()
  d.setUTCHours(0, 0, 0, 0)
  d.setUTCDate(d.getUTCDate() + offset)
  return d
}

export async function createWaveRow(
  db: Tx,
  data: { partnershipId: string; unitIds: string[]; groups?: InformantGroup[]; name?: string; series?: string; seriesIndex?: number; opensInDays?: number; closesInDays?: number; closed?: boolean; minimum?: number },
) {
  const wave = await db.surveyWave.create({
    data: {
      partnershipId: data.partnershipId,
      name: data.name ?? unique('Kartlegging'),
      series: data.series ?? unique('Kultur for læring'),
      seriesIndex: data.seriesIndex ?? 1,
      opensOn: day(data.opensInDays ?? -7),
      closesOn: day(data.closesInDays ?? 14),
      closedAt: data.closed ? new Date() : null,
      suppression: { minimum: data.minimum ?? DEFAULT_MINIMUM_RESPONDENTS, perIndicator: {} },
    },
  })
  for (const group of data.groups ?? ['PUPILS_8_10']) {
    const { version } = await createLibraryInstrument(db, data.partnershipId, group)
    await db.surveyWaveInstrument.create({ data: { partnershipId: data.partnershipId, waveId: wave.id, group, versionId: version.id } })
  }
  await db.surveyWaveUnit.createMany({ data: data.unitIds.map((unitId) => ({ partnershipId: data.partnershipId, waveId: wave.id, unitId })) })
  return wave
}

/** Issues `count` codes for a unit and group (and a class of it); returns them in plain text (the only time they exist). */
export async function issueCodeRows(db: Tx, wave: { id: string; partnershipId: string }, unitId: string, group: InformantGroup, count: number, classId: string | null = null): Promise<string[]> {
  const codes = Array.from({ length: count }, newSurveyCode)
  await db.surveyCode.createMany({
    data: codes.map((code) => ({ partnershipId: wave.partnershipId, waveId: wave.id, unitId, classId, group, codeHash: hashSurveyCode(code)! })),
  })
  return codes
}
