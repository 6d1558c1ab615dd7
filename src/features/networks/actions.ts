'use server'

import { runUseCase } from '@/server/actions/run-use-case'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { addGatheringTask } from './add-gathering-task'
import { addMaterial } from './add-material'
import { addNetworkMember } from './add-network-member'
import { addNetworkUnit } from './add-network-unit'
import { cancelRegistration } from './cancel-registration'
import { createNetwork } from './create-network'
import { planGathering } from './plan-gathering'
import { recordGatheringAttendance } from './record-gathering-attendance'
import { registerForGathering } from './register-for-gathering'
import { remindPreWork } from './remind-pre-work'
import { saveStrength } from './save-strength'
import { submitTaskWork } from './submit-task-work'
import type { TNetworksResult } from './schemas'

// Each action is a public POST endpoint: it finds the actor itself, and the use case checks the
// permission and the scope again (src/server/authz).

const NETWORK = '/nettverk/[networkId]'
const GATHERING = '/nettverk/[networkId]/samlinger/[gatheringId]'

/** POST (server action) - create a learning network. */
export async function createNetworkAction(_prev: TNetworksResult | null, formData: FormData): Promise<TNetworksResult> {
  return run(createNetwork, Object.fromEntries(formData), formData, '/nettverk')
}

/** POST (server action) - add a unit to a network. */
export async function addNetworkUnitAction(_prev: TNetworksResult | null, formData: FormData): Promise<TNetworksResult> {
  return run(addNetworkUnit, Object.fromEntries(formData), formData, NETWORK)
}

/** POST (server action) - add a person to a network, or change their role (e.g. coordinator). */
export async function addNetworkMemberAction(_prev: TNetworksResult | null, formData: FormData): Promise<TNetworksResult> {
  return run(addNetworkMember, Object.fromEntries(formData), formData, NETWORK)
}

/** POST (server action) - plan a gathering; invitations go to the outbox. */
export async function planGatheringAction(_prev: TNetworksResult | null, formData: FormData): Promise<TNetworksResult> {
  return run(planGathering, Object.fromEntries(formData), formData, NETWORK)
}

/** POST (server action) - register oneself for a gathering (a seat or the waiting list). */
export async function registerForGatheringAction(_prev: TNetworksResult | null, formData: FormData): Promise<TNetworksResult> {
  return run(registerForGathering, Object.fromEntries(formData), formData, GATHERING)
}

/** POST (server action) - cancel one's own registration; the waiting list moves up. */
export async function cancelRegistrationAction(_prev: TNetworksResult | null, formData: FormData): Promise<TNetworksResult> {
  return run(cancelRegistration, Object.fromEntries(formData), formData, GATHERING)
}

/** POST (server action) - who came; the checkboxes are `present` with registration ids. */
export async function recordGatheringAttendanceAction(_prev: TNetworksResult | null, formData: FormData): Promise<TNetworksResult> {
  return run(recordGatheringAttendance, { gatheringId: formData.get('gatheringId'), present: formData.getAll('present') }, formData, GATHERING)
}

/** POST (server action) - add pre-work or post-work to a gathering. */
export async function addGatheringTaskAction(_prev: TNetworksResult | null, formData: FormData): Promise<TNetworksResult> {
  return run(addGatheringTask, Object.fromEntries(formData), formData, GATHERING)
}

/** POST (server action) - a unit's pre-work or reflection log entry. */
export async function submitTaskWorkAction(_prev: TNetworksResult | null, formData: FormData): Promise<TNetworksResult> {
  return run(submitTaskWork, Object.fromEntries(formData), formData, GATHERING)
}

/** POST (server action) - remind the units whose pre-work is missing. */
export async function remindPreWorkAction(_prev: TNetworksResult | null, formData: FormData): Promise<TNetworksResult> {
  return run(remindPreWork, Object.fromEntries(formData), formData, GATHERING)
}

/** POST (server action) - share a link or a file with the network. */
export async function addMaterialAction(_prev: TNetworksResult | null, formData: FormData): Promise<TNetworksResult> {
  const input = { networkId: formData.get('networkId'), title: formData.get('title'), description: formData.get('description'), url: formData.get('url'), file: formData.get('file') }
  return run(addMaterial, input, formData, NETWORK)
}

/** POST (server action) - what the actor's unit is good at, in this network. */
export async function saveStrengthAction(_prev: TNetworksResult | null, formData: FormData): Promise<TNetworksResult> {
  return run(saveStrength, Object.fromEntries(formData), formData, NETWORK)
}

/** The shape every network action shares: find the actor, run the use case, refresh the pages it changed. */
function run(perform: (db: Db, actor: Actor, input: unknown) => Promise<TNetworksResult>, input: unknown, formData: FormData, path: string) {
  // Invitations, reminders and "you got a seat" wait in the outbox; they go after the response.
  return runUseCase(perform, input, formData, () => [path], { sendsEmail: true })
}
