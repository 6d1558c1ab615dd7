/**
 * The national seed's tracks and leader programmes (issue 20): about three in four units of each
 * partnership have a track, moved along the usual path (connecting → established → sharing) by
 * the secretariat since 2022; each partnership's leader network runs a two-year programme.
 */
import type { PrismaClient, Theme } from '@/generated/prisma/client'
import { trackChangeRows, trackPath } from '~tests/factories/tracks'
import type { createRandom } from './random'
import type { TPartnership } from './national-structure'
import type { TPeople } from './national-people'
import { insertRows, type TRow } from './national-sql'

type TRandom = ReturnType<typeof createRandom>

const PROGRAMME_THEMES: Theme[] = ['LEADERSHIP', 'NEW_CURRICULUM', 'PLC']

export async function seedTracks(db: PrismaClient, random: TRandom, partnerships: TPartnership[], people: TPeople, id: () => string) {
  const rows: Record<'UnitTrackChange' | 'LeaderProgramme', TRow[]> = { UnitTrackChange: [], LeaderProgramme: [] }
  for (const p of partnerships) {
    const by = people.secretariat.get(p.id)?.[0] ?? null
    for (const unit of p.units) {
      if (random.next() < 0.25) continue
      const from = new Date(Date.UTC(random.int(2022, 2024), 7, random.int(10, 28)))
      rows.UnitTrackChange.push(...trackChangeRows({ partnershipId: p.id, unitId: unit.id }, trackPath(random.int(1, 3) as 1 | 2 | 3, from, by), id))
    }
    for (const network of p.networks.filter((n) => n.type === 'LEADER')) {
      rows.LeaderProgramme.push({
        id: id(), partnershipId: p.id, networkId: network.id, theme: random.pick(PROGRAMME_THEMES),
        startsOn: new Date('2025-08-01'), endsOn: new Date('2027-06-30'), aim: 'Leiargruppeutvikling over to år: leiarane i einingane arbeider med same tema mellom samlingane.', createdAt: new Date('2025-06-01'),
      })
    }
  }
  const counts: Record<string, number> = {}
  for (const [table, list] of Object.entries(rows)) counts[table] = await insertRows(db, table, list)
  return counts
}
