import type { Db } from '@/server/db/client'
import type { Actor } from '../actor'
import type { Permission } from '../permissions'

/**
 * Shared by the role × action × tenant matrix (../matrix.test.ts) and the probe files of each area
 * beside this one. An area adds its pages and actions to ../surface.ts and its probes in
 * `<area>.probes.ts`; matrix.test.ts gathers them.
 */
export type TTenant = 'salten' | 'sunnmore'

/**
 * What a person may reach, one word per rule of the issues (the people table in matrix.test.ts
 * says, by hand, in which tenants each person has each reach):
 * - reads: the partnership's own pages (dashboard, measures, the partnership plan);
 * - manages: membership administration; readsFunding / managesFunding: the money;
 * - coFinances: co-financing for its own school owner; reportsSpending: spending for its own owner or UH partner;
 * - readsForum / runsForum: the forum's records / its secretariat's work;
 * - assessesUnit: runs its own unit's self-assessment; readsAssessments: reads a unit's analysis (own unit, or shared with the owner);
 * - readsNeeds / reportsNeeds: needs reports (the forum and county governor read submitted ones) / writes them and orders for its owner;
 * - readsOrders / servesUnits: orders to UH / answers them and logs visits as the UH partner (its coordinator, or a facilitator where assigned);
 * - assignsFacilitators: assigns the UH partner's facilitators to its orders (the coordinator);
 * - readsVisits: UH visit notes (the UH partner, the visited unit, its owner);
 * - writesPlans: a unit's own plan (principal, head) or the partnership's plan (secretariat);
 * - managesDevelopment: the secretariat's measures and statement sets (and its learning networks: units, people, coordinators);
 * - runsGatherings: plans a network's gatherings, sets their tasks, records attendance, sends reminders (its coordinators, the secretariat);
 * - joinsGatherings: registers itself for a network's gathering (its people, the principals and heads of its units);
 * - doesUnitWork: hands in a member unit's pre-work or reflection log, or its strengths (the unit's principal or head);
 * - sharesMaterial: shares links and files in a network (its people, its units' leaders, its coordinators and the secretariat);
 * - readsSurveyResults: a wave's response rates and, after closing, its suppressed results (principal and head: own unit; owner; secretariat; county governor; a teacher: the classes they teach);
 * - managesStaff: keeps a unit's staff and its classes or groups, and decides its Feide requests (its principal or head, its owner);
 * - choosesOnboarding: an owner's own choice whether Feide places its staff at once or after approval;
 * - issuesSurveyCodes: prints answering codes for a unit in an open wave (principal and head: own unit; the secretariat);
 * - closesSurveyWaves: closes a wave of its partnership for answers (the secretariat);
 * - importsUnits: imports schools and kindergartens from the national registers (its office's counties);
 * - setsTracks: moves a unit to a track with its reason (its owner; the secretariat and county governor for the partnership's units);
 * - readsSpread: the spread of stages and tracks between a partnership's units (the forum, the county governor, an owner over its own units);
 * - authorsResources / approvesResources: adds portal resources shared in the tenant (UH, the secretariat, a unit's people) / approves a unit's wish for wider sharing (its principal or head);
 * - usesResources / readsResourceProgress: starts and marks packages for its own unit / reads the progress of the units it oversees or works in;
 * - addsOrganisations: adds the organisations that sit in bodies (NHO, LO, regional councils …) in its office's counties;
 * - readsOpenData: official indicators (issue 17), open data every signed-in person reads, for either tenant's area;
 * - importsIndicators: imports indicator files (open data, not a tenant's: both tenants or neither);
 * - readsIndicatorLag: the lag view over the owners of its office's counties;
 * - runsPlatform: the platform's own housekeeping, such as the email queue (not tenant data: both tenants or neither).
 */
export type TReach =
  | 'reads'
  | 'manages'
  | 'readsFunding'
  | 'managesFunding'
  | 'coFinances'
  | 'reportsSpending'
  | 'readsForum'
  | 'runsForum'
  | 'assessesUnit'
  | 'readsAssessments'
  | 'readsNeeds'
  | 'reportsNeeds'
  | 'readsOrders'
  | 'servesUnits'
  | 'assignsFacilitators'
  | 'readsVisits'
  | 'writesPlans'
  | 'managesDevelopment'
  | 'runsGatherings'
  | 'joinsGatherings'
  | 'doesUnitWork'
  | 'sharesMaterial'
  | 'managesStaff'
  | 'choosesOnboarding'
  | 'importsUnits'
  | 'addsOrganisations'
  | 'runsPlatform'
  | 'readsSurveyResults'
  | 'issuesSurveyCodes'
  | 'closesSurveyWaves'
  | 'setsTracks'
  | 'readsSpread'
  | 'authorsResources'
  | 'approvesResources'
  | 'usesResources'
  | 'readsResourceProgress'
  | 'readsOpenData'
  | 'importsIndicators'
  | 'readsIndicatorLag'

export type TMatrixContext = {
  prisma: Db
  /** The two demo tenants' partnership ids. */
  ids: Record<TTenant, string>
}

/** Each probe answers: did this person reach this tenant's data through this page or action? */
export type TProbes = Record<
  string,
  { permission: Permission; kind: TReach; probe: (actor: Actor, tenant: TTenant) => Promise<boolean> }
>
