/**
 * Scope helpers: the one place that says which rows an actor may see. Every query on tenant data
 * goes through one of these. Who may do a thing is the role → permission table
 * (./permissions.ts); where is each membership's place there; the helpers combine the two and
 * name no role. Grouped by area under ./scopes/.
 */
export { ALL_ROLES } from './permissions'
export { ledUnits, partnershipScope, placeOf, unitScope } from './scopes/core'
export * from './scopes/funding-forum'
export * from './scopes/development'
export * from './scopes/memberships'
export * from './scopes/networks'
export * from './scopes/surveys'
export * from './scopes/staff'
export * from './scopes/onboarding'
export * from './scopes/tracks'
export * from './scopes/resources'
export * from './scopes/organisations'
export * from './scopes/indicators'
