/**
 * The national seed's self-assessments and needs reports: a school and a kindergarten statement
 * set per partnership, about a third of the units assessing themselves each of the last four
 * years (ratings and priorities as far as their phase goes; most past ones shared with the
 * owner), and a needs report from most owners each year (some jointly) with priorities and units.
 */
import type { AssessmentPhase, PrismaClient } from '@/generated/prisma/client'
import type { createRandom } from './random'
import type { TPartnership } from './national-structure'
import type { TPeople } from './national-people'
import { THEMES } from './national-funding'
import { groupBy, insertRows, sample, type TRow } from './national-sql'

type TRandom = ReturnType<typeof createRandom>

const SCHOOL_STATEMENTS = [
  ['Læringsmiljø', 'Elevene opplever at de voksne på skolen bryr seg om dem.'],
  ['Læringsmiljø', 'Vi griper raskt og samstemt inn når en elev blir holdt utenfor eller krenket.'],
  ['Profesjonsfellesskap', 'Vi planlegger, gjennomfører og vurderer undervisning sammen.'],
  ['Profesjonsfellesskap', 'Vi bruker hverandres erfaringer og observerer hverandres undervisning.'],
  ['Ledelse', 'Ledelsen setter av fast tid til felles utviklingsarbeid.'],
  ['Ledelse', 'Ledelsen følger opp at det vi blir enige om, blir gjort i klasserommet.'],
  ['Vurdering for læring', 'Elevene vet hva de skal lære, og hva som er godt arbeid.'],
  ['Vurdering for læring', 'Tilbakemeldingene våre sier eleven hva hen kan gjøre for å komme videre.'],
  ['Grunnleggende ferdigheter', 'Lesing og skriving er en del av arbeidet i alle fag.'],
  ['Samarbeid med hjemmet', 'Foreldrene får vite hva elevene arbeider med, og hvordan de kan støtte dem.'],
] as const
const KINDERGARTEN_STATEMENTS = [
  ['Læringsmiljø', 'Alle barna har minst én voksen de er trygge på.'],
  ['Læringsmiljø', 'Vi fanger opp og stopper utestenging i leken.'],
  ['Profesjonsfellesskap', 'Vi reflekterer sammen over egen praksis på personalmøtene.'],
  ['Ledelse', 'Styreren gir retning og tid til utviklingsarbeidet.'],
  ['Språk og kommunikasjon', 'Vi bruker hverdagssituasjonene bevisst til å utvikle barnas språk.'],
  ['Samarbeid med hjemmet', 'Foreldrene opplever at de blir tatt med i barnets hverdag og utvikling.'],
] as const
const ASSESSMENT_YEARS = [2023, 2024, 2025, 2026]
const PHASES: AssessmentPhase[] = ['PLANNING', 'DATA', 'RATING', 'PRIORITISING', 'COMPLETED']

export async function seedAssessments(db: PrismaClient, random: TRandom, partnerships: TPartnership[], people: TPeople, id: () => string) {
  const rows: Record<string, TRow[]> = { StatementSet: [], Statement: [], SelfAssessment: [], AssessmentRating: [], AssessmentPriority: [] }
  for (const p of partnerships) {
    const sets = {
      SCHOOL: statementSet(p, 'SCHOOL', `Skolens ståsted – ${p.name}`, SCHOOL_STATEMENTS, id, rows),
      KINDERGARTEN: statementSet(p, 'KINDERGARTEN', `Barnehagens ståsted – ${p.name}`, KINDERGARTEN_STATEMENTS, id, rows),
    }
    for (const unit of p.units) {
      const set = sets[unit.kind]
      for (const year of ASSESSMENT_YEARS) {
        if (random.next() > 0.35) continue
        const phase = year < 2026 ? 'COMPLETED' : random.pick(PHASES)
        const assessmentId = id()
        const created = new Date(Date.UTC(year, 8, random.int(1, 28)))
        rows.SelfAssessment!.push({
          id: assessmentId, partnershipId: p.id, unitId: unit.id, statementSetId: set.id, year, phase,
          processPlan: 'Prosessen går over fire fellestider; alle ansatte deltar.', unitData: phase === 'PLANNING' ? '' : 'Elevundersøkelsen og nasjonale prøver er gjennomgått i personalet.',
          sharedAt: phase === 'COMPLETED' && random.next() < 0.8 ? new Date(created.getTime() + 60 * 86_400_000) : null,
          createdById: people.leaders.get(unit.id) ?? null, createdAt: created, updatedAt: created,
        })
        if (PHASES.indexOf(phase) < 2) continue
        const staff = Math.max(4, Math.round(unit.staffFteCenti / 100))
        for (const statementId of set.statementIds) {
          const small = random.int(0, Math.ceil(staff / 5))
          const some = random.int(0, Math.ceil(staff / 3))
          const large = random.int(0, Math.ceil(staff / 2))
          rows.AssessmentRating!.push({ id: id(), partnershipId: p.id, assessmentId, statementId, smallCount: small, someCount: some, largeCount: large, veryLargeCount: Math.max(0, staff - small - some - large) })
        }
        if (PHASES.indexOf(phase) < 3) continue
        sample(random, THEMES, random.int(1, 3)).forEach((theme, i) =>
          rows.AssessmentPriority!.push({ id: id(), partnershipId: p.id, assessmentId, position: i + 1, theme, title: `Prioritet ${i + 1}`, goal: 'Innen juni ser vi endringen i praksis og i elevenes svar.' }),
        )
      }
    }
  }
  const counts: Record<string, number> = {}
  for (const [table, list] of Object.entries(rows)) counts[table] = await insertRows(db, table, list)
  return counts
}

function statementSet(p: TPartnership, unitKind: 'SCHOOL' | 'KINDERGARTEN', name: string, statements: readonly (readonly [string, string])[], id: () => string, rows: Record<string, TRow[]>) {
  const set = { id: id(), statementIds: [] as string[] }
  rows.StatementSet!.push({ id: set.id, partnershipId: p.id, name, unitKind, active: true })
  statements.forEach(([area, text], i) => {
    const statementId = id()
    set.statementIds.push(statementId)
    rows.Statement!.push({ id: statementId, partnershipId: p.id, setId: set.id, position: i + 1, area, text })
  })
  return set
}

/** Needs reports: most owners each year from 2019, every fifth jointly with a neighbour. */
export async function seedNeeds(db: PrismaClient, random: TRandom, partnerships: TPartnership[], people: TPeople, id: () => string) {
  const rows: Record<string, TRow[]> = { NeedsReport: [], NeedsReportOwner: [], NeedsPriority: [], NeedsPriorityUnit: [] }
  for (const p of partnerships) {
    const unitsByOwner = groupBy(p.units, (u) => u.ownerId)
    for (let year = 2019; year <= 2026; year++) {
      for (let oi = 0; oi < p.ownerIds.length; oi++) {
        if (random.next() > 0.75) continue
        const joint = oi + 1 < p.ownerIds.length && random.next() < 0.2
        const ownerIds = joint ? [p.ownerIds[oi]!, p.ownerIds[++oi]!] : [p.ownerIds[oi]!]
        const reportId = id()
        const submitted = year < 2026 || random.next() < 0.5
        const at = new Date(Date.UTC(year, 10, random.int(1, 28)))
        rows.NeedsReport!.push({
          id: reportId, partnershipId: p.id, year, title: `Behovsmelding ${year}${joint ? ' (felles)' : ''}`,
          summary: 'Egenvurderingene viser behov for lesing i alle fag og et inkluderende læringsmiljø.',
          status: submitted ? 'SUBMITTED' : 'DRAFT', submittedAt: submitted ? at : null, createdById: people.ownerStaff.get(ownerIds[0]!)?.[0] ?? null, createdAt: at, updatedAt: at,
        })
        for (const ownerId of ownerIds) rows.NeedsReportOwner!.push({ id: id(), partnershipId: p.id, reportId, ownerId })
        const units = ownerIds.flatMap((o) => unitsByOwner.get(o) ?? [])
        sample(random, THEMES, random.int(2, 4)).forEach((theme, i) => {
          const priorityId = id()
          rows.NeedsPriority!.push({ id: priorityId, partnershipId: p.id, reportId, position: i + 1, theme, description: 'Behovet er meldt fra flere enheter i egenvurderingen.' })
          for (const u of sample(random, units, random.int(1, 4))) rows.NeedsPriorityUnit!.push({ id: id(), partnershipId: p.id, priorityId, unitId: u.id })
        })
      }
    }
  }
  const counts: Record<string, number> = {}
  for (const [table, list] of Object.entries(rows)) counts[table] = await insertRows(db, table, list)
  return counts
}
