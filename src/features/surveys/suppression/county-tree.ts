import { ALL, type THierarchyNode } from './table'

// The county-sized suppression tree shared by the suppression tests (what must hold on it) and
// the bench (how long it takes: `npm run bench -- --surveys`; speed is not a unit test's business).

/**
 * A county's wave: 22 owners × 6 schools, each school's children from `schoolChildren`. `next`
 * spreads counts deterministically over the whole tree ((k · prime) mod m, k counting up).
 */
export function countyTree(schoolChildren: (school: string, next: (prime: number, mod: number) => number) => THierarchyNode[]): THierarchyNode {
  let k = 0
  const next = (prime: number, mod: number) => (k++ * prime) % mod
  return {
    id: 'P',
    children: Array.from({ length: 22 }, (_, o) => ({
      id: `o${o}`,
      children: Array.from({ length: 6 }, (_, s) => ({ id: `o${o}s${s}`, children: schoolChildren(`o${o}s${s}`, next) })),
    })),
  }
}

/** A school's nine classes, 0–24 respondents each. */
export const nineClasses = (school: string, next: (prime: number, mod: number) => number): THierarchyNode[] =>
  Array.from({ length: 9 }, (_, c) => ({ id: `${school}c${c}`, counts: { [ALL]: next(7919, 25) } }))

/** Nine classes and an unpublished remainder of 0–8 without a class, per school: the bench's and the test's largest tree. */
export const countyTreeWithRemainders = () => countyTree((school, next) => [...nineClasses(school, next), { id: `${school}rest`, counts: { [ALL]: next(104729, 9) }, publishable: false }])
