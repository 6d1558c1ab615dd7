/** The ten Statsforvalteren offices and the counties each serves. */
export interface TCountyGovernorData {
  code: string
  name: string
  countyNumbers: readonly string[]
}

export const countyGovernors: readonly TCountyGovernorData[] = [
  { code: 'sf-oslo-viken', name: 'Statsforvalteren i Oslo og Viken', countyNumbers: ['03', '31', '32', '33'] },
  { code: 'sf-innlandet', name: 'Statsforvalteren i Innlandet', countyNumbers: ['34'] },
  { code: 'sf-vestfold-telemark', name: 'Statsforvalteren i Vestfold og Telemark', countyNumbers: ['39', '40'] },
  { code: 'sf-agder', name: 'Statsforvalteren i Agder', countyNumbers: ['42'] },
  { code: 'sf-rogaland', name: 'Statsforvalteren i Rogaland', countyNumbers: ['11'] },
  { code: 'sf-vestland', name: 'Statsforvalteren i Vestland', countyNumbers: ['46'] },
  { code: 'sf-more-romsdal', name: 'Statsforvalteren i Møre og Romsdal', countyNumbers: ['15'] },
  { code: 'sf-trondelag', name: 'Statsforvalteren i Trøndelag', countyNumbers: ['50'] },
  { code: 'sf-nordland', name: 'Statsforvalteren i Nordland', countyNumbers: ['18'] },
  { code: 'sf-troms-finnmark', name: 'Statsforvalteren i Troms og Finnmark', countyNumbers: ['55', '56'] },
]
