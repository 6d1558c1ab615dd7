import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { unique } from '~tests/factories'
import { addModuleRows, createResourceRow, standardModules } from '~tests/factories/portal'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { addModule } from './add-module'
import { approveSharing } from './approve-sharing'
import { createResource } from './create-resource'
import { getProgress } from './get-progress'
import { getResource, getResourceFile } from './get-resource'
import { markModule } from './mark-module'
import { searchResources } from './search-resources'
import { startPackage } from './start-package'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
const sunnmore = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'nordre-sunnmore' } })
const [teacher, principal, owner, ola, sunnmoreTeacher, secretariat] = (await Promise.all(
  [demoPeople.teacherSalten, demoPeople.principal, demoPeople.schoolOwnerBodo, demoPeople.universityPartner, demoPeople.teacherSunnmore, demoPeople.secretariatSalten].map((p) => actorFor(p.email)),
)) as [Actor, Actor, Actor, Actor, Actor, Actor]
const unitOf = (a: Actor) => a.memberships.find((m) => m.unitId)!.unitId!
const base = { kind: 'PACKAGE', summary: 'Om samtaler i matematikk.', themes: ['MATHEMATICS'], licence: 'CC_BY_4', language: 'NB', curricula: 'MAT01-05', competenceAims: 'KM2601' }

describe('resources', () => {
  it('lets UH publish a package to a partnership and add modules in order; checks curriculum codes against the Grep extract', async () => {
    const title = unique('Brøk og samtaler')
    const made = await createResource(prisma, ola, { ...base, title, sharing: `PARTNERSHIP:${salten.id}` })
    expect(made).toMatchObject({ ok: true, done: 'resourceCreated' })
    const id = (made as { id: string }).id
    for (const t of ['Innledning om brøk', 'Fagmodul: samtaler']) expect(await addModule(prisma, ola, { resourceId: id, kind: 'SUBJECT', title: t })).toMatchObject({ ok: true })
    const row = await prisma.resourceModule.findMany({ where: { resourceId: id }, orderBy: { position: 'asc' } })
    expect(row.map((m) => [m.position, m.partnershipId])).toEqual([[1, salten.id], [2, salten.id]])
    // A teacher is no author of it.
    expect(await addModule(prisma, teacher, { resourceId: id, kind: 'SUBJECT', title: 'Min modul' })).toMatchObject({ ok: false, error: 'notFound' })

    const bad = await createResource(prisma, ola, { ...base, title: unique('Feil kode'), sharing: 'PUBLIC', curricula: 'MAT99-99', competenceAims: 'KM1240' })
    expect(bad).toMatchObject({ ok: false, error: 'invalid', problems: { curricula: { key: 'curriculumCode', values: { code: 'MAT99-99' } }, competenceAims: { key: 'competenceAim' } } })
  })

  it('refuses sharing the author may not choose, and keeps partnership resources from the other partnership', async () => {
    expect(await createResource(prisma, ola, { ...base, title: unique('Til Sunnmøre'), sharing: `PARTNERSHIP:${sunnmore.id}` })).toMatchObject({ ok: false, error: 'notShareable' })
    const mine = await createResourceRow(prisma, { partnershipId: salten.id, visibility: 'PARTNERSHIP', title: unique('Bare Salten') })
    expect(await getResource(prisma, teacher, mine.id)).not.toBeNull()
    expect(await getResource(prisma, sunnmoreTeacher, mine.id)).toBeNull()
  })

  it("keeps a teacher's wider sharing at the unit until the principal approves it", async () => {
    const made = await createResource(prisma, teacher, { ...base, kind: 'TEACHING_PLAN', title: unique('Mitt opplegg'), sharing: `PUBLIC:via:${unitOf(teacher)}` })
    expect(made).toMatchObject({ ok: true, done: 'sharingRequested' })
    const id = (made as { id: string }).id
    expect(await prisma.resource.findUniqueOrThrow({ where: { id } })).toMatchObject({ visibility: 'UNIT', requestedVisibility: 'PUBLIC', partnershipId: salten.id })
    expect(await getResource(prisma, sunnmoreTeacher, id)).toBeNull()
    expect(await approveSharing(prisma, teacher, { resourceId: id, decision: 'approve' })).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await approveSharing(prisma, principal, { resourceId: id, decision: 'approve' })).toMatchObject({ ok: true, done: 'approved' })
    expect(await prisma.resource.findUniqueOrThrow({ where: { id } })).toMatchObject({ visibility: 'PUBLIC', requestedVisibility: null, partnershipId: null, unitId: null })
    expect(await getResource(prisma, sunnmoreTeacher, id)).not.toBeNull()
    expect(await approveSharing(prisma, principal, { resourceId: id, decision: 'approve' })).toMatchObject({ ok: false })
  })

  it('keeps the upload rule of forum papers: a program renamed to .pdf is refused, a real PDF is served only to readers', async () => {
    const fake = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], 'plan.pdf')
    expect(await createResource(prisma, ola, { ...base, kind: 'FILE', title: unique('Fil'), sharing: `PARTNERSHIP:${salten.id}`, file: fake })).toMatchObject({ ok: false, error: 'fileType' })
    const pdf = new File([new TextEncoder().encode('%PDF-1.4 plan')], '../../plan.pdf')
    const made = (await createResource(prisma, ola, { ...base, kind: 'FILE', title: unique('Fil'), sharing: `PARTNERSHIP:${salten.id}`, file: pdf })) as { id: string }
    expect(await getResourceFile(prisma, teacher, made.id)).toMatchObject({ fileName: 'plan.pdf', contentType: 'application/pdf' })
    expect(await getResourceFile(prisma, sunnmoreTeacher, made.id)).toBeNull()
  })
})

describe('search', () => {
  it('finds by Norwegian stems and codes, ranks the title first, filters and pages', async () => {
    // Letters only: a word with digits is no Norwegian word to the parser and is not stemmed.
    const word = `kv${[...crypto.getRandomValues(new Uint8Array(6))].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`
    const inTitle = await createResourceRow(prisma, { title: `Samtaler om ${word}ene`, summary: 'Noe annet.', themes: ['MATHEMATICS'], grades: [6] })
    const inSummary = await createResourceRow(prisma, { title: unique('Annen pakke'), summary: `Her står ${word}en i sammendraget.`, themes: ['READING'], grades: [2] })
    const found = await searchResources(prisma, teacher, { q: word })
    expect(found.resources.map((r) => r.id)).toEqual([inTitle.id, inSummary.id])
    expect((await searchResources(prisma, teacher, { q: word, theme: 'READING' })).resources.map((r) => r.id)).toEqual([inSummary.id])
    expect((await searchResources(prisma, teacher, { q: word, grade: 6 })).resources.map((r) => r.id)).toEqual([inTitle.id])
    expect((await searchResources(prisma, teacher, { q: word }, { page: 2, pageSize: 1 })).resources.map((r) => r.id)).toEqual([inSummary.id])
    // "matematikksamtaler" and "samtalene" share the stem "samtal": the demo package is found by a form of the word.
    expect((await searchResources(prisma, teacher, { q: 'matematikksamtalene' })).resources.some((r) => r.title === 'Matematikksamtaler på mellomtrinnet')).toBe(true)
    expect((await searchResources(prisma, teacher, { q: 'MAT01-05', curriculum: 'MAT01-05' })).total).toBeGreaterThan(0)
    // Salten's package is not found from Sunnmøre.
    expect((await searchResources(prisma, sunnmoreTeacher, { q: 'matematikksamtaler' })).resources.some((r) => r.title === 'Matematikksamtaler på mellomtrinnet')).toBe(false)
  })
})

describe('use tracking', () => {
  it("starts a package for the teacher's team, marks modules, finishes it; the owner and UH see the progress, the other partnership does not", async () => {
    const pkg = await createResourceRow(prisma, { title: unique('Pakke til bruk') })
    const modules = await addModuleRows(prisma, pkg.id, standardModules('lesing'))
    const team = unique('Team')
    expect(await startPackage(prisma, teacher, { resourceId: pkg.id, unitId: unitOf(teacher), team })).toMatchObject({ ok: true, done: 'started' })
    expect(await startPackage(prisma, teacher, { resourceId: pkg.id, unitId: unitOf(teacher), team })).toMatchObject({ ok: false, error: 'duplicate' })
    expect(await startPackage(prisma, teacher, { resourceId: pkg.id, unitId: unitOf(sunnmoreTeacher), team })).toMatchObject({ ok: false, error: 'notFound' })
    const use = await prisma.resourceUse.findFirstOrThrow({ where: { resourceId: pkg.id, team } })
    expect(use.currentModuleId).toBe(modules[0]!.id)
    expect(await markModule(prisma, teacher, { useId: use.id, moduleId: modules[0]!.id, step: 'done' })).toMatchObject({ ok: true, done: 'moduleDone' })
    expect((await prisma.resourceUse.findUniqueOrThrow({ where: { id: use.id } })).currentModuleId).toBe(modules[1]!.id)
    expect(await markModule(prisma, sunnmoreTeacher, { useId: use.id, moduleId: modules[1]!.id, step: 'done' })).toMatchObject({ ok: false, error: 'notFound' })
    for (const m of modules.slice(1, 3)) await markModule(prisma, teacher, { useId: use.id, moduleId: m.id, step: 'done' })
    expect(await markModule(prisma, teacher, { useId: use.id, moduleId: modules[3]!.id, step: 'done' })).toMatchObject({ ok: true, done: 'finished' })
    expect((await prisma.resourceUse.findUniqueOrThrow({ where: { id: use.id } })).finishedAt).not.toBeNull()

    const seen = async (a: Actor) => (await getProgress(prisma, a, { page: 1, pageSize: 500 })).progress.find((p) => p.id === use.id)
    expect(await seen(owner)).toMatchObject({ done: 4, modules: 4, team })
    expect(await seen(ola)).toMatchObject({ done: 4 })
    expect(await seen(secretariat)).toBeDefined()
    expect(await seen(sunnmoreTeacher)).toBeUndefined()
    expect(await seen(await actorFor(demoPeople.secretariatSunnmore.email))).toBeUndefined()
  })
})
