/**
 * Who the local groups API says the browser tests' Feide logins are (scripts/e2e.ts). A login is
 * `<key>.<anything>@<domain>`: the key picks the person below, the rest keeps each test's login
 * new. Units are named as in the demo data; the runner looks up their organisation numbers.
 */
import type { TFeidePerson } from './feide-groups-api'

type TFeideTestPerson = Omit<TFeidePerson, 'units'> & { units: string[] }

export const feideTestPeople = {
  // Fauske lets Feide place its staff at once (the demo seed).
  'laerer-vestmyra': { realm: 'fauske.kommune.no', ownerName: 'Fauske kommune', primaryAffiliation: 'faculty', units: ['Vestmyra skole'] },
  'elev-vestmyra': { realm: 'fauske.kommune.no', ownerName: 'Fauske kommune', primaryAffiliation: 'student', units: ['Vestmyra skole'] },
  // Bodø wants the leader's approval; Rektor Rita leads Alstad barneskole.
  'laerer-alstad': { realm: 'bodo.kommune.no', ownerName: 'Bodø kommune', primaryAffiliation: 'employee', units: ['Alstad barneskole'] },
} satisfies Record<string, TFeideTestPerson>

export type TFeideTestKey = keyof typeof feideTestPeople

/** The person a login (the local provider's subject) stands for, or null. */
export function feideTestPerson(login: string, orgNumbers: ReadonlyMap<string, string>): TFeidePerson | null {
  const key = login.split('@')[0]!.split('.')[0]!
  const person = (feideTestPeople as Record<string, TFeideTestPerson>)[key]
  if (!person) return null
  return { ...person, units: person.units.flatMap((name) => (orgNumbers.has(name) ? [{ name, orgNumber: orgNumbers.get(name)! }] : [])) }
}

/** Every unit name the people above work at. */
export const feideTestUnitNames = [...new Set(Object.values(feideTestPeople).flatMap((p) => p.units))]
