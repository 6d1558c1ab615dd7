/** Universities and university colleges (UH) that serve as development partners in the scheme. */
export interface TUniversityData {
  name: string
  shortName: string
}

export const universities: readonly TUniversityData[] = [
  { name: 'Nord universitet', shortName: 'Nord' },
  { name: 'UiT Norges arktiske universitet', shortName: 'UiT' },
  { name: 'Norges teknisk-naturvitenskapelige universitet', shortName: 'NTNU' },
  { name: 'Universitetet i Bergen', shortName: 'UiB' },
  { name: 'Høgskulen på Vestlandet', shortName: 'HVL' },
  { name: 'Høgskulen i Volda', shortName: 'HVO' },
  { name: 'Universitetet i Agder', shortName: 'UiA' },
  { name: 'Universitetet i Stavanger', shortName: 'UiS' },
  { name: 'Universitetet i Sørøst-Norge', shortName: 'USN' },
  { name: 'Høgskolen i Innlandet', shortName: 'INN' },
  { name: 'Høgskolen i Østfold', shortName: 'HiØ' },
  { name: 'OsloMet – storbyuniversitetet', shortName: 'OsloMet' },
  { name: 'Universitetet i Oslo', shortName: 'UiO' },
  { name: 'NLA Høgskolen', shortName: 'NLA' },
  { name: 'Dronning Mauds Minne Høgskole', shortName: 'DMMH' },
  { name: 'Sámi allaskuvla – Samisk høgskole', shortName: 'SA' },
  { name: 'Norges miljø- og biovitenskapelige universitet', shortName: 'NMBU' },
  { name: 'Høgskolen i Molde', shortName: 'HiMolde' },
]

/** County number → the UH partners most partnerships there work with (first is the default). */
export const regionUniversity: Readonly<Record<string, readonly string[]>> = {
  '03': ['OsloMet', 'UiO'],
  '11': ['UiS'],
  '15': ['HVO', 'NTNU'],
  '18': ['Nord'],
  '31': ['HiØ'],
  '32': ['OsloMet', 'NMBU'],
  '33': ['USN'],
  '34': ['INN'],
  '39': ['USN'],
  '40': ['USN'],
  '42': ['UiA'],
  '46': ['HVL', 'UiB'],
  '50': ['NTNU', 'DMMH', 'Nord'],
  '55': ['UiT'],
  '56': ['UiT', 'SA'],
}
