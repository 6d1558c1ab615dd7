import type { Tx } from '@/server/db/tenant'

export interface TRecipient {
  email: string
  name: string
  locale: string
}

/** The people of a network: its members, and the principals and heads of its member units (once each). */
export async function networkRecipients(tx: Tx, networkId: string): Promise<TRecipient[]> {
  const [members, unitIds] = await Promise.all([
    tx.networkMember.findMany({ where: { networkId }, select: { user: { select: { email: true, name: true, locale: true, disabledAt: true } } } }),
    tx.networkUnit.findMany({ where: { networkId }, select: { unitId: true } }),
  ])
  const leaders = await unitLeaders(tx, unitIds.map((u) => u.unitId))
  return unique([...members.map((m) => m.user).filter((u) => !u.disabledAt), ...leaders])
}

/** The principals and kindergarten heads with an active membership in these units. */
export async function unitLeaders(tx: Tx, unitIds: string[]): Promise<(TRecipient & { unitId: string })[]> {
  if (unitIds.length === 0) return []
  const rows = await tx.membership.findMany({
    where: { unitId: { in: unitIds }, role: { in: ['PRINCIPAL', 'KINDERGARTEN_HEAD'] }, endedAt: null, user: { disabledAt: null } },
    select: { unitId: true, user: { select: { email: true, name: true, locale: true } } },
  })
  return rows.flatMap((r) => (r.user.email && r.unitId ? [{ unitId: r.unitId, email: r.user.email, name: r.user.name, locale: r.user.locale }] : []))
}

function unique<T extends { email: string | null; name: string; locale: string }>(people: T[]): TRecipient[] {
  const byEmail = new Map<string, TRecipient>()
  for (const p of people) if (p.email && !byEmail.has(p.email.toLowerCase())) byEmail.set(p.email.toLowerCase(), { email: p.email, name: p.name, locale: p.locale })
  return [...byEmail.values()]
}
