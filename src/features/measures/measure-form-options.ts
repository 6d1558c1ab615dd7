import 'server-only'
import type { Actor } from '@/server/authz/actor'
import { developmentManageScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'

export interface TOption {
  id: string
  name: string
}

/** What the form for a new or changed measure may choose from, per partnership the actor keeps. */
export interface TMeasureFormOptions {
  partnershipId: string
  partnershipName: string
  universities: (TOption & { facilitators: TOption[] })[]
  grantYears: { id: string; year: number }[]
  decisions: { id: string; reference: string; text: string }[]
}

/** Choices for the measure form in each partnership the actor keeps (developmentManageScope), or only in `only`. */
export async function measureFormOptions(tx: Tx, actor: Actor, only?: string): Promise<TMeasureFormOptions[]> {
  const partnerships = await tx.partnership.findMany({
    where: { AND: [developmentManageScope(actor), only ? { id: only } : {}] },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      universities: { select: { university: { select: { id: true, name: true } } } },
      grantYears: { orderBy: { year: 'desc' }, select: { id: true, year: true } },
      decisions: { orderBy: { decidedOn: 'desc' }, take: 50, select: { id: true, reference: true, text: true } },
    },
  })
  const universityIds = partnerships.flatMap((p) => p.universities.map((u) => u.university.id))
  const people = await tx.membership.findMany({
    where: { role: 'UNIVERSITY_PARTNER', endedAt: null, user: { disabledAt: null }, organisationId: { in: universityIds } },
    orderBy: { user: { name: 'asc' } },
    select: { organisationId: true, user: { select: { id: true, name: true } } },
  })
  return partnerships.map((p) => ({
    partnershipId: p.id,
    partnershipName: p.name,
    universities: p.universities.map(({ university }) => ({
      ...university,
      facilitators: people.filter((m) => m.organisationId === university.id).map((m) => m.user),
    })),
    grantYears: p.grantYears,
    decisions: p.decisions.map((d) => ({ ...d, text: d.text.slice(0, 80) })),
  }))
}
