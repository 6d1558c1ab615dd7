import { feideDefaultRole } from '@/server/authz/permissions'
import { fetchFeideGroups, feideUnitAffiliations, type TFeideUnitAffiliation } from '@/server/auth/feide-groups'
import type { Db } from '@/server/db/client'

export interface TOnboardingResult {
  /** Units the person now has a membership at (the owner lets Feide place staff at once). */
  placed: string[]
  /** Units where a request now waits for the leader's approval. */
  requested: string[]
}

/**
 * Places a person who logged in with Feide at the units the groups API says they work at
 * (matched by organisation number, active units only), with the default role for the kind of
 * unit: a membership at once, or a request the unit's leader decides, as the unit's owner has
 * chosen (Organisation.feideOnboarding, ADR 030). Each membership or request is written with its
 * audit row, all in one transaction.
 *
 * A unit where the person has, or had, a membership, or already a request (pending, approved or
 * refused), is left alone: ending a membership or refusing a request is the leader's decision,
 * and the next login must not undo it.
 */
export async function onboardFromFeide(db: Db, userId: string, affiliations: readonly TFeideUnitAffiliation[]): Promise<TOnboardingResult> {
  const result: TOnboardingResult = { placed: [], requested: [] }
  if (affiliations.length === 0) return result
  const byOrgNumber = new Map(affiliations.map((a) => [a.orgNumber, a]))
  return db.$transaction(async (tx) => {
    // Two logins at once (two tabs) must not both place the person.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`feide-onboarding:${userId}`}))`
    const units = await tx.unit.findMany({
      where: { orgNumber: { in: [...byOrgNumber.keys()] }, active: true },
      select: { id: true, orgNumber: true, kind: true, owner: { select: { feideOnboarding: true } } },
      orderBy: { orgNumber: 'asc' },
    })
    const unitIds = units.map((u) => u.id)
    const [memberships, requests] = await Promise.all([
      tx.membership.findMany({ where: { userId, unitId: { in: unitIds } }, select: { unitId: true } }),
      tx.membershipRequest.findMany({ where: { userId, unitId: { in: unitIds } }, select: { unitId: true } }),
    ])
    const known = new Set([...memberships.map((m) => m.unitId), ...requests.map((r) => r.unitId)])
    for (const unit of units.filter((u) => !known.has(u.id))) {
      const role = feideDefaultRole[unit.kind]
      const affiliation = byOrgNumber.get(unit.orgNumber)!.affiliation
      const facts = { source: 'feide', orgNumber: unit.orgNumber, unitId: unit.id, role, affiliation }
      if (unit.owner.feideOnboarding === 'IMMEDIATE') {
        const membership = await tx.membership.create({ data: { userId, role, unitId: unit.id }, select: { id: true } })
        await tx.auditLog.create({ data: { actorUserId: userId, action: 'membership.feide_onboard', entity: 'Membership', entityId: membership.id, data: facts } })
        result.placed.push(unit.orgNumber)
      } else {
        const request = await tx.membershipRequest.create({ data: { userId, unitId: unit.id, role, source: 'feide', affiliation }, select: { id: true } })
        await tx.auditLog.create({ data: { actorUserId: userId, action: 'membership_request.create', entity: 'MembershipRequest', entityId: request.id, data: facts } })
        result.requested.push(unit.orgNumber)
      }
    }
    return result
  })
}

/**
 * The onboarding of one Feide login: the groups for its access token, then the places. A groups
 * API that does not answer leaves the person as they were (logged, not thrown: the login itself
 * has succeeded, and an invitation still gives access).
 */
export async function onboardFeideLogin(db: Db, userId: string, accessToken: string, groupsApiUrl: string): Promise<TOnboardingResult | null> {
  const groups = await fetchFeideGroups(groupsApiUrl, accessToken)
  if (!groups) return null
  return onboardFromFeide(db, userId, feideUnitAffiliations(groups))
}
