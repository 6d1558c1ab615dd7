import type { z } from 'zod'
import { invalidFields } from '@/lib/invalid-fields'
import { developmentManageScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { ZSetLeaderProgramme, type TLeaderGroupsResult } from './schemas'

/** A period the wrong way round is its own error (its message says so), everything else `invalid`. */
function refused(error: z.ZodError): Extract<TLeaderGroupsResult, { ok: false }> {
  return { ok: false, error: error.issues.some((i) => i.message === 'periodOrder') ? 'periodOrder' : 'invalid', fields: invalidFields(error) }
}

/**
 * The secretariat sets a leader network's programme (issue 20, seed 003): its theme, period and
 * aim, one per network, replaced in place. Only a leader network has one: its members are the
 * leaders of its units, and its gatherings in the period are the programme's.
 */
export const setLeaderProgramme = defineUseCase<typeof ZSetLeaderProgramme, TLeaderGroupsResult>(
  { name: 'leader-groups.set-programme', permission: 'manage:development', input: ZSetLeaderProgramme, audit: 'network.programme.set', invalid: refused, revalidate: (r) => [`/nettverk/${r.id}`] },
  async ({ tx, actor, input: d, audit }): Promise<TLeaderGroupsResult> => {
    const network = await tx.network.findFirst({ where: { id: d.networkId, partnership: developmentManageScope(actor) }, select: { id: true, partnershipId: true, type: true } })
    if (!network) return { ok: false, error: 'notFound' }
    if (network.type !== 'LEADER') return { ok: false, error: 'notLeaderNetwork' }
    const fields = { theme: d.theme, startsOn: new Date(d.startsOn), endsOn: new Date(d.endsOn), aim: d.aim }
    const programme = await tx.leaderProgramme.upsert({
      where: { networkId: network.id },
      create: { partnershipId: network.partnershipId, networkId: network.id, ...fields },
      update: fields,
    })
    await audit({ entity: 'LeaderProgramme', entityId: programme.id, partnershipId: network.partnershipId, data: { networkId: network.id, theme: d.theme, startsOn: d.startsOn, endsOn: d.endsOn } })
    return { ok: true, done: 'programmeSaved', id: network.id }
  },
)
