import { z } from 'zod'

/**
 * Feide's groups API, as published (docs.feide.no, "Groups API endpoints" and the group types
 * "School owner group" / "School group"): `GET <base>/me/groups` with the login's access token
 * answers a list of groups. Organisations are `type: 'fc:org'`: the school owner (or a UH
 * institution) is `fc:org:<realm>` with the person's `membership.affiliation` and
 * `membership.primaryAffiliation`; each school is a child organisation
 * `fc:org:<realm>:unit:NO<organisation number>` with a `parent` naming the owner. A school's own
 * membership may carry no affiliation, so the owner's counts for it.
 */
const ZMembership = z
  .object({
    basic: z.string().optional(),
    affiliation: z.union([z.array(z.string()), z.string()]).optional(),
    primaryAffiliation: z.string().optional(),
  })
  .loose()

const ZGroup = z
  .object({
    id: z.string(),
    type: z.string(),
    displayName: z.string().optional(),
    parent: z.string().optional(),
    membership: ZMembership.optional(),
  })
  .loose()
export type TFeideGroup = z.infer<typeof ZGroup>

/** A unit the groups API places the person at, with the affiliation that counted. */
export interface TFeideUnitAffiliation {
  orgNumber: string
  displayName: string | null
  affiliation: TStaffAffiliation
}

/** The affiliations that make a person staff at a school (eduPersonAffiliation's words). */
const STAFF_AFFILIATIONS = ['employee', 'faculty', 'staff'] as const
type TStaffAffiliation = (typeof STAFF_AFFILIATIONS)[number]
const isStaff = (value: string | undefined): value is TStaffAffiliation => (STAFF_AFFILIATIONS as readonly string[]).includes(value ?? '')

/** A child organisation's id ends with `:unit:NO` and the nine digits; schools abroad (`U…`) have none. */
const UNIT_ID = /^fc:org:[^:]+:unit:NO(\d{9})$/

/**
 * The person's affiliation in a membership: the primary one when given (a teacher studying part
 * time is primarily an employee; a pupil with a holiday job is primarily a student), else the
 * first staff affiliation in the list, provided the list does not make them a student.
 */
function staffAffiliation(membership: TFeideGroup['membership']): TStaffAffiliation | null | undefined {
  if (!membership) return undefined
  if (membership.primaryAffiliation) return isStaff(membership.primaryAffiliation) ? membership.primaryAffiliation : null
  const list = typeof membership.affiliation === 'string' ? [membership.affiliation] : membership.affiliation
  if (!list?.length) return undefined
  if (list.includes('student')) return null
  return list.find(isStaff) ?? null
}

/**
 * The units (by organisation number) where the groups say the person works: every child
 * organisation with a Norwegian organisation number where the person's affiliation — the
 * school's own membership, or else the owner's — is employee, faculty or staff. Students, other
 * group types (classes, ad-hoc groups), and schools without an organisation number give nothing.
 */
export function feideUnitAffiliations(groups: readonly TFeideGroup[]): TFeideUnitAffiliation[] {
  const orgs = new Map(groups.filter((g) => g.type === 'fc:org').map((g) => [g.id, g]))
  const found = new Map<string, TFeideUnitAffiliation>()
  for (const group of orgs.values()) {
    const orgNumber = UNIT_ID.exec(group.id)?.[1]
    if (!orgNumber || found.has(orgNumber)) continue
    const parentId = group.parent ?? group.id.slice(0, group.id.indexOf(':unit:'))
    const own = staffAffiliation(group.membership)
    const affiliation = own === undefined ? staffAffiliation(orgs.get(parentId)?.membership) : own
    if (affiliation) found.set(orgNumber, { orgNumber, displayName: group.displayName ?? null, affiliation })
  }
  return [...found.values()]
}

/**
 * Asks the groups API for the person's groups with their access token. Answers null when the
 * API cannot be reached, refuses or answers something else than a list: the login goes on
 * without onboarding (the person can still be invited), and the reason is logged.
 */
export async function fetchFeideGroups(
  baseUrl: string,
  accessToken: string,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<TFeideGroup[] | null> {
  const url = `${baseUrl.replace(/\/+$/, '')}/me/groups`
  try {
    const response = await (options.fetch ?? fetch)(url, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    })
    if (!response.ok) {
      console.warn(`[feide] groups API answered ${response.status} at ${url}`)
      return null
    }
    // Note: one malformed group (a type we do not know the shape of) must not hide the others.
    const body: unknown = await response.json()
    if (!Array.isArray(body)) {
      console.warn(`[feide] groups API answered no list at ${url}`)
      return null
    }
    return body.flatMap((g) => {
      const parsed = ZGroup.safeParse(g)
      return parsed.success ? [parsed.data] : []
    })
  } catch (error) {
    console.warn(`[feide] groups API not reachable at ${url}: ${(error as Error).message}`)
    return null
  }
}
