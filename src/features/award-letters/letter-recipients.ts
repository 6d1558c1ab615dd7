import { ALL_ROLES, rolePermissions, rolePlace } from '@/server/authz/permissions'
import type { Tx } from '@/server/db/tenant'

/**
 * The roles whose people answer for a recipient's grant: those who report for an owner or a UH
 * partner (report:funding at the owner's or university's place). Read from the permission table,
 * so a role given report:funding later is emailed without a change here.
 */
const REPORTING_ROLES = ALL_ROLES.filter((r) => rolePermissions[r].includes('report:funding') && (rolePlace[r] === 'owner' || rolePlace[r] === 'university'))

/** Per recipient organisation, its reporting people with an email address (current memberships), each once. */
export async function letterReaders(tx: Tx, recipientIds: string[]): Promise<Map<string, { email: string; name: string; locale: string | null }[]>> {
  const memberships = await tx.membership.findMany({
    where: { organisationId: { in: recipientIds }, role: { in: REPORTING_ROLES }, endedAt: null, user: { email: { not: null } } },
    orderBy: { user: { name: 'asc' } },
    select: { organisationId: true, user: { select: { email: true, name: true, locale: true } } },
  })
  const readers = new Map<string, { email: string; name: string; locale: string | null }[]>()
  for (const m of memberships) {
    const list = readers.get(m.organisationId!) ?? []
    if (!list.some((r) => r.email === m.user.email)) list.push({ email: m.user.email!, name: m.user.name, locale: m.user.locale })
    readers.set(m.organisationId!, list)
  }
  return readers
}

/**
 * The titles of each recipient's measures in the grant year: a school owner's are those with one
 * of its units, a UH partner's those it serves.
 */
export async function measuresOfRecipients(tx: Tx, grantYearId: string): Promise<{ forOwner: (id: string) => string[]; forUniversity: (id: string) => string[] }> {
  const measures = await tx.measure.findMany({
    where: { grantYearId },
    orderBy: [{ priority: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }],
    select: { title: true, universityId: true, units: { select: { unit: { select: { ownerId: true } } } } },
  })
  return {
    forOwner: (id) => measures.filter((m) => m.units.some((u) => u.unit.ownerId === id)).map((m) => m.title),
    forUniversity: (id) => measures.filter((m) => m.universityId === id).map((m) => m.title),
  }
}
