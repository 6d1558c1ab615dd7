/**
 * The documented defaults for a new grant year (docs/decisions/010-funding.md). They are copied
 * into the grant year when it opens and can be changed there; no rule reads these constants later.
 * The scheme's rules vary by county and year, so every one of them is a setting on the year.
 */
export const fundingDefaults = {
  /** Required co-financing: 30 % of the state grant, in basis points. */
  coFinancingBp: 3000,
  /** Base amount per school owner before the weighted split: 50 000 kr, in øre. */
  keyBasePerOwnerOre: 5_000_000n,
  /** The rest is split by these relative weights on teacher FTE and on pupils. */
  keyFteWeight: 50,
  keyPupilWeight: 50,
}
