/** The other organisations represented in the collaboration forums (domain.md: actors). */
export interface TMemberOrganisationData {
  type: 'KS' | 'UNION' | 'PBL' | 'PARENTS_COMMITTEE' | 'EMPLOYERS' | 'OTHER'
  name: string
  shortName: string
}

export const memberOrganisations: readonly TMemberOrganisationData[] = [
  { type: 'KS', name: 'KS – Kommunesektorens organisasjon', shortName: 'KS' },
  { type: 'UNION', name: 'Utdanningsforbundet', shortName: 'Utdanningsforbundet' },
  { type: 'UNION', name: 'Skolenes landsforbund', shortName: 'SL' },
  { type: 'UNION', name: 'Fagforbundet', shortName: 'Fagforbundet' },
  { type: 'UNION', name: 'Norsk Lektorlag', shortName: 'Lektorlaget' },
  { type: 'UNION', name: 'Skolelederforbundet', shortName: 'Skolelederforbundet' },
  { type: 'PBL', name: 'Private Barnehagers Landsforbund', shortName: 'PBL' },
  { type: 'PARENTS_COMMITTEE', name: 'Foreldreutvalget for grunnopplæringen', shortName: 'FUG' },
  { type: 'PARENTS_COMMITTEE', name: 'Foreldreutvalget for barnehager', shortName: 'FUB' },
  { type: 'OTHER', name: 'Kristne Friskolers Forbund', shortName: 'KFF' },
]
