/** The 15 counties from 1 January 2024 (SSB classification 104). */
export interface TCountyData {
  number: string
  name: string
  nameNn?: string
}

export const counties: readonly TCountyData[] = [
  { number: '03', name: 'Oslo' },
  { number: '11', name: 'Rogaland' },
  { number: '15', name: 'Møre og Romsdal' },
  { number: '18', name: 'Nordland' },
  { number: '31', name: 'Østfold' },
  { number: '32', name: 'Akershus' },
  { number: '33', name: 'Buskerud' },
  { number: '34', name: 'Innlandet' },
  { number: '39', name: 'Vestfold' },
  { number: '40', name: 'Telemark' },
  { number: '42', name: 'Agder' },
  { number: '46', name: 'Vestland' },
  { number: '50', name: 'Trøndelag' },
  { number: '55', name: 'Troms' },
  { number: '56', name: 'Finnmark' },
]
