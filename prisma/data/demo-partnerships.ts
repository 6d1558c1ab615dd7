/**
 * The two demo partnerships (seed documents 000, 002 and 003). Municipalities, UH partners and
 * school names are real as far as we know them; pupil and child counts are approximate demo
 * figures, not register data. Organisation numbers are generated (see src/lib/org-number.ts).
 */
type Level = 'PRIMARY' | 'LOWER_SECONDARY'
const P: Level[] = ['PRIMARY']
const U: Level[] = ['LOWER_SECONDARY']
const PU: Level[] = ['PRIMARY', 'LOWER_SECONDARY']

export interface TDemoSchool {
  name: string
  levels: Level[]
  pupils: number
  language: 'nb' | 'nn'
}

export interface TDemoKindergarten {
  name: string
  children: number
  language: 'nb' | 'nn'
}

export interface TDemoPartnership {
  slug: string
  name: string
  countyNumber: string
  periodStart: number
  periodEnd?: number
  description: string
  /** Short names from universities.ts. */
  universities: string[]
  forumName: string
  forumMandate: string
  /** This year's state grant in whole kroner. */
  grantKroner: number
  municipalities: { number: string; schools: TDemoSchool[]; kindergartens: TDemoKindergarten[] }[]
  upperSecondary: { name: string; municipalityNumber: string; pupils: number }[]
  networks: { name: string; type: 'LOCAL' | 'REGIONAL' | 'LEADER' | 'SUBJECT'; description?: string; municipalityNumber?: string }[]
}

const nb = (name: string, levels: Level[], pupils: number): TDemoSchool => ({ name, levels, pupils, language: 'nb' })
const nn = (name: string, levels: Level[], pupils: number): TDemoSchool => ({ name, levels, pupils, language: 'nn' })
const bhg = (name: string, children: number, language: 'nb' | 'nn' = 'nb'): TDemoKindergarten => ({ name, children, language })

const saltenNames: Record<string, string> = {
  '1804': 'Bodø', '1841': 'Fauske', '1837': 'Meløy', '1840': 'Saltdal', '1848': 'Steigen',
  '1838': 'Gildeskål', '1845': 'Sørfold', '1875': 'Hamarøy', '1836': 'Rødøy', '1839': 'Beiarn',
}

const saltenMunicipalities = [
  {
    number: '1804', // Bodø
    schools: [
      nb('Aspmyra skole', P, 310), nb('Alstad barneskole', P, 330), nb('Alstad ungdomsskole', U, 290),
      nb('Bodøsjøen skole', PU, 560), nb('Grønnåsen skole', P, 280), nb('Hunstad barneskole', P, 410),
      nb('Hunstad ungdomsskole', U, 350), nb('Løding skole', PU, 340), nb('Mørkved skole', P, 300),
      nb('Saltvern skole', PU, 520), nb('Tverlandet skole', PU, 260), nb('Østbyen skole', P, 250),
      nb('Kjerringøy skole', P, 40), nb('Misvær skole', PU, 80), nb('Skjerstad skole', PU, 60),
    ],
    kindergartens: [bhg('Rønvikjordet barnehage', 90), bhg('Hunstad barnehage', 110), bhg('Mørkvedlia barnehage', 75)],
  },
  {
    number: '1841', // Fauske
    schools: [
      nb('Vestmyra skole', PU, 420), nb('Finneid skole', P, 190), nb('Erikstad skole', P, 160),
      nb('Sulitjelma skole', PU, 60), nb('Valnesfjord skole', PU, 150),
    ],
    kindergartens: [bhg('Erikstad barnehage', 60), bhg('Finneid barnehage', 45)],
  },
  {
    number: '1837', // Meløy
    schools: [nb('Ørnes skole', PU, 260), nb('Glomfjord skole', PU, 170), nb('Halsa skole', P, 70), nb('Reipå skole', P, 60)],
    kindergartens: [bhg('Ørnes barnehage', 55)],
  },
  {
    number: '1840', // Saltdal
    schools: [nb('Rognan barneskole', P, 250), nb('Saltdal ungdomsskole', U, 170), nb('Røkland skole', P, 40)],
    kindergartens: [bhg('Rognan barnehage', 70)],
  },
  {
    number: '1848', // Steigen
    schools: [nb('Leinesfjord skole', PU, 110), nb('Nordfold skole', PU, 70)],
    kindergartens: [bhg('Leinesfjord barnehage', 35)],
  },
  {
    number: '1838', // Gildeskål
    schools: [nb('Inndyr skole', PU, 130), nb('Sandhornøy skole', P, 30)],
    kindergartens: [bhg('Inndyr barnehage', 35)],
  },
  {
    number: '1845', // Sørfold
    schools: [nb('Straumen skole', PU, 180), nb('Røsvik skole', P, 25)],
    kindergartens: [bhg('Straumen barnehage', 50)],
  },
  {
    number: '1875', // Hamarøy
    schools: [nb('Oppeid skole', PU, 120), nb('Tømmerneset skole', P, 30), nb('Drag skole', PU, 90)],
    kindergartens: [bhg('Oppeid barnehage', 40), bhg('Drag barnehage', 30)],
  },
  {
    number: '1836', // Rødøy
    schools: [nb('Vågaholmen skole', PU, 70), nb('Jektvik skole', P, 25)],
    kindergartens: [bhg('Vågaholmen barnehage', 20)],
  },
  {
    number: '1839', // Beiarn
    schools: [nb('Moldjord skole', PU, 110)],
    kindergartens: [bhg('Moldjord barnehage', 30)],
  },
]

const sunnmoreMunicipalities = [
  {
    number: '1508', // Ålesund
    schools: [
      nn('Aspøy skule', P, 330), nn('Emblem skule', PU, 300), nn('Hessa skule', P, 280), nn('Larsgården skule', P, 300),
      nn('Lerstad skule', P, 350), nn('Spjelkavik ungdomsskule', U, 430), nn('Blindheim barne- og ungdomsskule', PU, 520),
      nn('Skodje barneskule', P, 330), nn('Ørskog skule', PU, 250),
    ],
    kindergartens: [bhg('Hessa barnehage', 80, 'nn'), bhg('Blindheim barnehage', 100, 'nn')],
  },
  {
    number: '1580', // Haram
    schools: [nn('Brattvåg barneskule', P, 310), nn('Brattvåg ungdomsskule', U, 230), nn('Vatne skule', PU, 250), nn('Hamnsund skule', P, 90)],
    kindergartens: [bhg('Brattvåg barnehage', 70, 'nn')],
  },
  {
    number: '1532', // Giske
    schools: [nn('Valderøy barneskule', P, 300), nn('Giske ungdomsskule', U, 370), nn('Vigra skule', P, 220), nn('Godøy skule', P, 80)],
    kindergartens: [bhg('Valderøy barnehage', 65, 'nn')],
  },
  {
    number: '1531', // Sula
    schools: [nn('Langevåg skule', P, 330), nn('Fiskarstrand skule', P, 160), nn('Sula ungdomsskule', U, 420), nn('Mauseidvåg skule', P, 240)],
    kindergartens: [bhg('Langevåg barnehage', 75, 'nn')],
  },
  {
    number: '1525', // Stranda
    schools: [nn('Stranda skule', PU, 380), nn('Hellesylt skule', PU, 80)],
    kindergartens: [bhg('Stranda barnehage', 60, 'nn')],
  },
  {
    number: '1578', // Fjord
    schools: [nn('Sylte skule', PU, 120), nn('Stordal skule', PU, 110)],
    kindergartens: [bhg('Stordal barnehage', 35, 'nn')],
  },
  {
    number: '1528', // Sykkylven
    schools: [nn('Ikornnes skule', P, 150), nn('Tandstad skule', P, 220), nn('Aure skule', P, 150), nn('Sykkylven ungdomsskule', U, 320)],
    kindergartens: [bhg('Ikornnes barnehage', 45, 'nn')],
  },
  {
    number: '1535', // Vestnes
    schools: [nn('Helland skule', P, 240), nn('Tomrefjord skule', P, 170), nn('Vestnes ungdomsskule', U, 250)],
    kindergartens: [bhg('Tomrefjord barnehage', 50, 'nn')],
  },
]

export const demoPartnerships: readonly TDemoPartnership[] = [
  {
    slug: 'salten-kan',
    name: 'Salten KAN',
    countyNumber: '18',
    periodStart: 2017,
    description:
      'Ti kommuner i Salten samarbeider om skolebasert kompetanseutvikling og lærende nettverk, ' +
      'videreført fra Ungdomstrinn i utvikling, med Nord universitet som utviklingspartner.',
    universities: ['Nord'],
    forumName: 'Samarbeidsforum for Salten',
    forumMandate:
      'Overordnet ansvar for kompetanseutvikling i oppvekstsektoren i Salten. Overordnet mål i alt vi gjør: ' +
      'hver enkelt elevs trivsel, læring og utvikling.',
    grantKroner: 6_480_000,
    municipalities: saltenMunicipalities,
    upperSecondary: [
      { name: 'Bodø videregående skole', municipalityNumber: '1804', pupils: 780 },
      { name: 'Bodin videregående skole', municipalityNumber: '1804', pupils: 650 },
      { name: 'Fauske videregående skole', municipalityNumber: '1841', pupils: 420 },
      { name: 'Meløy videregående skole', municipalityNumber: '1837', pupils: 150 },
      { name: 'Saltdal videregående skole', municipalityNumber: '1840', pupils: 180 },
      { name: 'Knut Hamsun videregående skole', municipalityNumber: '1875', pupils: 110 },
    ],
    networks: [
      ...saltenMunicipalities.map((m) => ({ name: `Lokalt nettverk ${saltenNames[m.number]}`, type: 'LOCAL' as const, municipalityNumber: m.number })),
      { name: 'Regionalt nettverk lesing', type: 'REGIONAL', description: 'Fagdager og nettverkssamlinger om lesing på tvers av skolene.' },
      { name: 'Regionalt nettverk tidlig innsats', type: 'REGIONAL', description: 'Barn som har behov, får raskt hjelp.' },
      { name: 'Regionalt ledernettverk (skole, SFO, barnehage, PPT)', type: 'LEADER', description: 'Lederutvikling parallelt med utviklingen på den enkelte enhet.' },
    ],
  },
  {
    slug: 'nordre-sunnmore',
    name: 'Nordre Sunnmøre',
    countyNumber: '15',
    periodStart: 2018,
    description:
      'Kommunane på Nordre Sunnmøre (elleve kommunar i 2018, åtte etter samanslåingane) på vegen mot partnarskap ' +
      'med Høgskulen i Volda og NTNU i Ålesund.',
    universities: ['HVO', 'NTNU'],
    forumName: 'Samarbeidsforum Nordre Sunnmøre',
    forumMandate: 'Skuleeigar tek eigaransvar: felles forståing av nasjonale intensjonar, medbestemming og tett oppfølging.',
    grantKroner: 5_150_000,
    municipalities: sunnmoreMunicipalities,
    upperSecondary: [
      { name: 'Fagerlia vidaregåande skule', municipalityNumber: '1508', pupils: 700 },
      { name: 'Spjelkavik vidaregåande skule', municipalityNumber: '1508', pupils: 600 },
      { name: 'Haram vidaregåande skule', municipalityNumber: '1580', pupils: 250 },
      { name: 'Stranda vidaregåande skule', municipalityNumber: '1525', pupils: 150 },
      { name: 'Sykkylven vidaregåande skule', municipalityNumber: '1528', pupils: 200 },
    ],
    networks: [
      { name: 'Leiargruppeutvikling i grunnskulen', type: 'LEADER', description: 'Gjennomgåande tema: implementering av fagfornyinga (2019–2021).' },
      { name: 'Arbeidsgruppe: ein rektor frå kvar kommune', type: 'LEADER' },
      { name: 'Regionalt nettverk fagfornyinga', type: 'REGIONAL' },
    ],
  },
]
