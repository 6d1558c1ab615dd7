import type { Prisma, PrismaClient } from '@/generated/prisma/client'
import type { ResourceModuleKind } from '@/generated/prisma/enums'
import { unique } from './index'

type TDb = PrismaClient | Prisma.TransactionClient

/** A resource written directly (tests and the demo seed): a public package unless told otherwise. */
export function createResourceRow(db: TDb, data: Partial<Prisma.ResourceUncheckedCreateInput> = {}) {
  return db.resource.create({
    data: {
      kind: 'PACKAGE',
      title: unique('Kompetansepakke'),
      summary: 'En pakke for hele personalet.',
      visibility: 'PUBLIC',
      themes: ['READING'],
      licence: 'CC_BY_4',
      language: 'NB',
      ...data,
    },
    select: { id: true, partnershipId: true, title: true },
  })
}

/** The modules of a package in order (the database gives each the resource's partnershipId). */
export async function addModuleRows(db: TDb, resourceId: string, modules: { kind: ResourceModuleKind; title: string; body?: string; durationWeeks?: number }[]) {
  const rows = []
  for (const [i, m] of modules.entries()) {
    rows.push(await db.resourceModule.create({ data: { resourceId, position: i + 1, kind: m.kind, title: m.title, body: m.body ?? null, durationWeeks: m.durationWeeks ?? null }, select: { id: true, position: true } }))
  }
  return rows
}

/** The usual package: an introduction, two subject modules and a closing module. */
export const standardModules = (subject: string): { kind: ResourceModuleKind; title: string; body: string; durationWeeks: number }[] => [
  { kind: 'INTRODUCTION', title: `Innledning: hvorfor ${subject}?`, body: 'Film og samtale i hele personalet om hvor vi står.', durationWeeks: 2 },
  { kind: 'SUBJECT', title: `${subject.charAt(0).toUpperCase()}${subject.slice(1)} i praksis`, body: 'Tekst, oppgaver og utprøving i egen klasse mellom samlingene.', durationWeeks: 4 },
  { kind: 'SUBJECT', title: 'Vurdering og elevenes læring', body: 'Hva ser vi hos elevene? Del eksempler i teamet.', durationWeeks: 4 },
  { kind: 'CLOSING', title: 'Avslutning: veien videre', body: 'Oppsummer og avtal hva dere holder fast ved.', durationWeeks: 2 },
]
