import type { PrismaClient } from '@/generated/prisma/client'
import { createSelfAssessment, createStatementSet } from '~tests/factories/assessment'
import type { TDemoSeeded } from './demo'
import { schoolYearOf } from '@/lib/school-year'

/** Statements for schools, in the areas of Udir's school self-assessment (our own wording). */
const SCHOOL_STATEMENTS = [
  { area: 'Læringsmiljø', text: 'Elevene opplever at de voksne på skolen bryr seg om dem.' },
  { area: 'Læringsmiljø', text: 'Vi griper raskt og samstemt inn når en elev blir holdt utenfor eller krenket.' },
  { area: 'Profesjonsfellesskap', text: 'Vi planlegger, gjennomfører og vurderer undervisning sammen.' },
  { area: 'Profesjonsfellesskap', text: 'Vi bruker hverandres erfaringer og observerer hverandres undervisning.' },
  { area: 'Ledelse', text: 'Ledelsen setter av fast tid til felles utviklingsarbeid.' },
  { area: 'Ledelse', text: 'Ledelsen følger opp at det vi blir enige om, blir gjort i klasserommet.' },
  { area: 'Vurdering for læring', text: 'Elevene vet hva de skal lære, og hva som er godt arbeid.' },
  { area: 'Vurdering for læring', text: 'Tilbakemeldingene våre sier eleven hva hen kan gjøre for å komme videre.' },
  { area: 'Grunnleggende ferdigheter', text: 'Lesing og skriving er en del av arbeidet i alle fag.' },
  { area: 'Samarbeid med hjemmet', text: 'Foreldrene får vite hva elevene arbeider med, og hvordan de kan støtte dem.' },
]

/** Statements for kindergartens (the same areas where they fit). */
const KINDERGARTEN_STATEMENTS = [
  { area: 'Læringsmiljø', text: 'Alle barna har minst én voksen de er trygge på.' },
  { area: 'Læringsmiljø', text: 'Vi fanger opp og stopper utestenging i leken.' },
  { area: 'Profesjonsfellesskap', text: 'Vi reflekterer sammen over egen praksis på personalmøtene.' },
  { area: 'Ledelse', text: 'Styreren gir retning og tid til utviklingsarbeidet.' },
  { area: 'Språk og kommunikasjon', text: 'Vi bruker hverdagssituasjonene bevisst til å utvikle barnas språk.' },
  { area: 'Samarbeid med hjemmet', text: 'Foreldrene opplever at de blir tatt med i barnets hverdag og utvikling.' },
]

const PLAN = 'Prosessen går over fire fellestider i september og oktober. Alle ansatte deltar; tillitsvalgt og ressurslærer sitter i arbeidsgruppen sammen med ledelsen.'
const DATA = 'Elevundersøkelsen viser god trivsel, men flere elever på mellomtrinnet enn før svarer at de ikke får hjelp når de trenger det. Nasjonale prøver i lesing på 5. trinn ligger litt under landssnittet.'

/**
 * A school set and a kindergarten set in each demo partnership, and analyses in several phases:
 * the demo principal's and kindergarten head's own units, more of the Bodø owner's schools (some
 * shared, so the owner's view has content), and Nordre Sunnmøre's schools.
 */
export async function seedDemoAssessment(db: PrismaClient, seeded: TDemoSeeded) {
  const leaders = await db.membership.findMany({ where: { role: { in: ['PRINCIPAL', 'KINDERGARTEN_HEAD'] }, unitId: { not: null } }, select: { unitId: true } })
  for (const [slug, { partnershipId, unitIds }] of Object.entries(seeded)) {
    const place = slug === 'salten-kan' ? 'Salten' : 'Nordre Sunnmøre'
    const school = await createStatementSet(db, { partnershipId, unitKind: 'SCHOOL', name: `Skolens ståsted – ${place}`, statements: SCHOOL_STATEMENTS })
    const kindergarten = await createStatementSet(db, { partnershipId, unitKind: 'KINDERGARTEN', name: `Barnehagens ståsted – ${place}`, statements: KINDERGARTEN_STATEMENTS })

    const units = await db.unit.findMany({ where: { id: { in: unitIds } }, orderBy: { name: 'asc' }, select: { id: true, kind: true, ownerId: true } })
    const own = units.filter((u) => leaders.some((l) => l.unitId === u.id))
    const ownSchool = own.find((u) => u.kind === 'SCHOOL')
    const ownKindergarten = own.find((u) => u.kind === 'KINDERGARTEN')
    // More schools of the same owner as the demo principal's (else the partnership's first ones).
    const others = units.filter((u) => u.kind === 'SCHOOL' && !own.includes(u) && (!ownSchool || u.ownerId === ownSchool.ownerId))
    const base = { partnershipId }
    // Years relative to today, so the demo always has last school year's analysis and this year's.
    const current = schoolYearOf()
    const previous = current - 1
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000)

    if (ownSchool) {
      await createSelfAssessment(db, {
        ...base, unitId: ownSchool.id, statementSetId: school.set.id, year: previous, phase: 'COMPLETED', sharedAt: daysAgo(300), processPlan: PLAN, unitData: DATA,
        ratings: [[1, 5, 14, 8], [3, 9, 12, 4], [2, 11, 11, 4], [6, 12, 8, 2], [1, 7, 13, 7], [4, 13, 9, 2], [2, 10, 13, 3], [5, 14, 7, 2], [3, 8, 12, 5], [2, 9, 13, 4]],
        priorities: [
          { theme: 'PLC', title: 'Observasjon i profesjonsfellesskapet', goal: 'Innen juni observerer alle lærere hverandres undervisning minst to ganger og drøfter funnene i teamet.' },
          { theme: 'READING', title: 'Lesing i alle fag', goal: 'Alle faglærere bruker lesestrategier fra lesenettverket i egen undervisning hver uke.' },
        ],
      })
    }
    if (ownKindergarten) {
      await createSelfAssessment(db, {
        ...base, unitId: ownKindergarten.id, statementSetId: kindergarten.set.id, year: current, phase: 'RATING', processPlan: PLAN.replace('elever', 'barn'),
        unitData: 'Foreldreundersøkelsen viser høy tilfredshet. Språkkartleggingen viser at flere flerspråklige barn trenger mer støtte i norsk.',
        ratings: [[0, 2, 7, 5], [1, 5, 6, 2], [2, 6, 5, 1]],
      })
    }
    const [first, second, third] = others
    if (first) {
      await createSelfAssessment(db, {
        ...base, unitId: first.id, statementSetId: school.set.id, year: current, phase: 'PRIORITISING', sharedAt: daysAgo(20), processPlan: PLAN, unitData: DATA,
        ratings: [[2, 6, 12, 6], [4, 10, 9, 3], [1, 9, 12, 4], [5, 11, 8, 2], [2, 8, 12, 4], [3, 12, 9, 2], [3, 11, 10, 2], [6, 12, 6, 2], [2, 9, 11, 4], [3, 10, 10, 3]],
        priorities: [{ theme: 'INCLUSIVE_ENVIRONMENT', title: 'Trygt og inkluderende skolemiljø', goal: 'Færre elever svarer i Elevundersøkelsen at de blir holdt utenfor.' }],
      })
    }
    if (second) {
      await createSelfAssessment(db, { ...base, unitId: second.id, statementSetId: school.set.id, year: previous, phase: 'COMPLETED', sharedAt: daysAgo(280), processPlan: PLAN, unitData: DATA,
        ratings: [[1, 4, 9, 6], [2, 6, 8, 4], [1, 7, 9, 3], [2, 8, 7, 3], [0, 5, 10, 5], [2, 9, 7, 2], [1, 8, 9, 2], [3, 9, 6, 2], [1, 6, 9, 4], [2, 7, 8, 3]],
        priorities: [{ theme: 'MATHEMATICS', title: 'Utforskende matematikk', goal: 'Elevene på mellomtrinnet får jevnlig utforskende oppgaver i matematikk.' }],
      })
    }
    // Not shared: the owner must not see this one.
    if (third) await createSelfAssessment(db, { ...base, unitId: third.id, statementSetId: school.set.id, year: current, phase: 'DATA', processPlan: PLAN })
  }
}
