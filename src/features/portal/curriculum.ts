import grep from '~prisma/data/grep/laereplaner-lk20.json'

/**
 * LK20 curricula and competence aims from the Grep extract shipped in prisma/data/grep (Udir,
 * NLOD; its README says what it holds). Read in Grep's published shape: `kode`, `tittel.tekst[]`
 * and `kortform[]` as `{ spraak, verdi }`, and the competence-aim sets under
 * `kompetansemaal-kapittel`.
 */
type TText = { spraak: string; verdi: string }
type TGrepPlan = {
  kode: string
  tittel: { tekst: TText[] }
  kortform: TText[]
  'kompetansemaal-kapittel': { kompetansemaalsett: { kode: string; 'etter-aarstrinn': { kode: string }[]; kompetansemaal: { kode: string; tittel: { tekst: TText[] } }[] }[] }
}

export interface TCurriculum {
  code: string
  title: string
  short: string
}
export interface TCompetenceAim {
  code: string
  curriculum: string
  /** The trinn the aim is set after (Grep's aarstrinnN). */
  afterGrade: number | null
  text: string
}

const plans = grep as TGrepPlan[]
const nob = (texts: TText[]) => texts.find((t) => t.spraak === 'nob')?.verdi ?? texts.find((t) => t.spraak === 'default')?.verdi ?? ''

export const CURRICULA: TCurriculum[] = plans.map((p) => ({ code: p.kode, title: nob(p.tittel.tekst), short: nob(p.kortform) }))

export const COMPETENCE_AIMS: TCompetenceAim[] = plans.flatMap((p) =>
  p['kompetansemaal-kapittel'].kompetansemaalsett.flatMap((set) => {
    const grade = Number(set['etter-aarstrinn'][0]?.kode.replace('aarstrinn', ''))
    return set.kompetansemaal.map((aim) => ({ code: aim.kode, curriculum: p.kode, afterGrade: Number.isInteger(grade) ? grade : null, text: nob(aim.tittel.tekst) }))
  }),
)

const curriculumCodes = new Set(CURRICULA.map((c) => c.code))
const aimCurriculum = new Map(COMPETENCE_AIMS.map((a) => [a.code, a.curriculum]))

export const isCurriculumCode = (code: string) => curriculumCodes.has(code)

/** An aim is known, and belongs to one of the resource's curricula. */
export const isAimOf = (code: string, curricula: readonly string[]) => curricula.includes(aimCurriculum.get(code) ?? '')
