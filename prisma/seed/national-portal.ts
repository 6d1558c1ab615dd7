/**
 * The national seed's resource portal (issue 18): about 40 public packages and three shared within
 * each partnership, every package with four modules; in each partnership ten units working through
 * one (the first module done), and its first measure naming the partnership's first package. Enough
 * to measure search and the lists on national data, not a catalogue.
 */
import type { Prisma, PrismaClient } from '@/generated/prisma/client'
import type { Theme } from '@/generated/prisma/enums'
import { standardModules } from '~tests/factories/portal'
import type { TMeasureSeeded } from './national-funding'
import type { TPartnership } from './national-structure'

const SUBJECTS: { subject: string; theme: Theme; curriculum: string }[] = [
  { subject: 'lesing', theme: 'READING', curriculum: 'NOR01-06' },
  { subject: 'matematikksamtaler', theme: 'MATHEMATICS', curriculum: 'MAT01-05' },
  { subject: 'inkluderende læringsmiljø', theme: 'INCLUSIVE_ENVIRONMENT', curriculum: 'SAF01-04' },
  { subject: 'tidlig innsats', theme: 'EARLY_INTERVENTION', curriculum: 'NOR01-06' },
  { subject: 'profesjonsfellesskap', theme: 'PLC', curriculum: 'ENG01-04' },
]

export async function seedPortal(db: PrismaClient, partnerships: TPartnership[], measures: TMeasureSeeded[], id: () => string) {
  const resources: Prisma.ResourceCreateManyInput[] = []
  const modules: { id: string; partnershipId: string | null; resourceId: string; position: number; kind: 'INTRODUCTION' | 'SUBJECT' | 'CLOSING'; title: string; body: string; durationWeeks: number }[] = []
  const uses: { id: string; partnershipId: string; resourceId: string; unitId: string; team: string; currentModuleId: string }[] = []
  const done: { id: string; partnershipId: string; useId: string; moduleId: string }[] = []
  const links: { id: string; partnershipId: string; measureId: string; resourceId: string }[] = []
  const add = (partnershipId: string | null, n: number) => {
    const s = SUBJECTS[n % SUBJECTS.length]!
    const resourceId = id()
    resources.push({
      id: resourceId, partnershipId, visibility: partnershipId ? 'PARTNERSHIP' : 'PUBLIC', kind: 'PACKAGE', title: `Kompetansepakke ${n + 1}: ${s.subject}`,
      summary: `Skolebasert kompetanseutvikling om ${s.subject} for hele personalet eller team.`, themes: [s.theme], audiences: ['TEACHER'], levels: ['PRIMARY'],
      grades: [1 + (n % 10)], curricula: [s.curriculum], competenceAims: [], durationWeeks: 12, licence: 'CC_BY_4', language: 'NB',
    })
    const own = standardModules(s.subject).map((m, i) => ({ id: id(), partnershipId, resourceId, position: i + 1, ...m }))
    modules.push(...own)
    return { resourceId, moduleIds: own.map((m) => m.id) }
  }
  for (let n = 0; n < 40; n++) add(null, n)
  const firstMeasure = new Map<string, string>()
  for (const m of measures) if (!firstMeasure.has(m.partnershipId)) firstMeasure.set(m.partnershipId, m.id)
  for (const [pi, p] of partnerships.entries()) {
    const own = [0, 1, 2].map((k) => add(p.id, 40 + pi * 3 + k))
    const first = own[0]!
    for (const unit of p.units.slice(0, 10)) {
      const useId = id()
      uses.push({ id: useId, partnershipId: p.id, resourceId: first.resourceId, unitId: unit.id, team: '', currentModuleId: first.moduleIds[1]! })
      done.push({ id: id(), partnershipId: p.id, useId, moduleId: first.moduleIds[0]! })
    }
    const measureId = firstMeasure.get(p.id)
    if (measureId) links.push({ id: id(), partnershipId: p.id, measureId, resourceId: first.resourceId })
  }
  await db.resource.createMany({ data: resources })
  await db.resourceModule.createMany({ data: modules })
  await db.resourceUse.createMany({ data: uses })
  await db.resourceUseModule.createMany({ data: done })
  await db.measureResource.createMany({ data: links })
  return { Resource: resources.length, ResourceModule: modules.length, ResourceUse: uses.length, ResourceUseModule: done.length, MeasureResource: links.length }
}
