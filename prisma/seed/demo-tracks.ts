import type { PrismaClient } from '@/generated/prisma/client'
import { createTrackHistory, trackPath } from '~tests/factories/tracks'
import { demoPeople, type TDemoSeeded } from './demo'

/**
 * Demo tracks (seeds 000 and 002: meet schools where they are, connect the new ones, share
 * strengths): in each partnership most units have a track, set by their owner or the secretariat
 * over the last school years; a few have none yet, so the spread shows them too. The demo
 * principal's school came in as a new school and is established now (its plan tells the same
 * story); the kindergarten head's unit is still being connected.
 */
export async function seedDemoTracks(db: PrismaClient, seeded: TDemoSeeded) {
  const person = async (email: string) => (await db.user.findUnique({ where: { email }, select: { id: true } }))?.id ?? null
  const [owner, saltenSecretariat, sunnmoreSecretariat] = await Promise.all([person(demoPeople.schoolOwnerBodo.email), person(demoPeople.secretariatSalten.email), person(demoPeople.secretariatSunnmore.email)])
  const leaders = await db.membership.findMany({ where: { user: { email: { in: [demoPeople.principal.email, demoPeople.kindergartenHead.email] } }, unitId: { not: null } }, select: { unitId: true, role: true } })
  const school = leaders.find((l) => l.role === 'PRINCIPAL')?.unitId
  const kindergarten = leaders.find((l) => l.role === 'KINDERGARTEN_HEAD')?.unitId

  for (const [slug, secretariat] of [['salten-kan', saltenSecretariat], ['nordre-sunnmore', sunnmoreSecretariat]] as const) {
    const p = seeded[slug]
    if (!p) continue
    const units = await db.unit.findMany({ where: { id: { in: p.unitIds } }, orderBy: { name: 'asc' }, select: { id: true } })
    for (const [i, unit] of units.entries()) {
      const target = { partnershipId: p.partnershipId, unitId: unit.id }
      if (unit.id === school) {
        await createTrackHistory(db, target, [
          { track: 'CONNECTING', reason: 'Ny i arbeidet høsten 2025: kobles på lesenettverket, følges av Nord universitet.', changedAt: new Date('2025-08-20T10:00:00Z'), changedById: owner },
          { track: 'ESTABLISHED', reason: 'PLF-tiden og kollegaobservasjonen er på plass (vurderingen i juni).', changedAt: new Date('2026-06-20T10:00:00Z'), changedById: secretariat },
        ])
      } else if (unit.id === kindergarten) {
        await createTrackHistory(db, target, trackPath(1, new Date('2026-01-15'), owner))
      } else if (i % 5 !== 4) {
        // Four in five units have a track; every third of those has come as far as sharing.
        await createTrackHistory(db, target, trackPath(i % 3 === 0 ? 3 : i % 3 === 1 ? 2 : 1, new Date('2024-08-15'), secretariat))
      }
    }
  }
}
