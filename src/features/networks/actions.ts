'use server'

import { formAction } from '@/server/usecase/form-action'
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

// Each action is a public POST endpoint: the adapter finds the actor, and the use case checks the
// permission and the scope (src/server/authz). Invitations, reminders and "you got a seat" wait
// in the outbox and go after the response.

/** POST (server action) - create a learning network. */
export const createNetworkAction = formAction(createNetwork)

/** POST (server action) - add a unit to a network. */
export const addNetworkUnitAction = formAction(addNetworkUnit)

/** POST (server action) - add a person to a network, or change their role (e.g. coordinator). */
export const addNetworkMemberAction = formAction(addNetworkMember)

/** POST (server action) - plan a gathering; invitations go to the outbox. */
export const planGatheringAction = formAction(planGathering)

/** POST (server action) - register oneself for a gathering (a seat or the waiting list). */
export const registerForGatheringAction = formAction(registerForGathering)

/** POST (server action) - cancel one's own registration; the waiting list moves up. */
export const cancelRegistrationAction = formAction(cancelRegistration)

/** POST (server action) - who came; the checkboxes are `present` with registration ids. */
export const recordGatheringAttendanceAction = formAction(recordGatheringAttendance, {
  toInput: (formData) => ({ gatheringId: formData.get('gatheringId'), present: formData.getAll('present') }),
})

/** POST (server action) - add pre-work or post-work to a gathering. */
export const addGatheringTaskAction = formAction(addGatheringTask)

/** POST (server action) - a unit's pre-work or reflection log entry. */
export const submitTaskWorkAction = formAction(submitTaskWork)

/** POST (server action) - remind the units whose pre-work is missing. */
export const remindPreWorkAction = formAction(remindPreWork)

/** POST (server action) - share a link or a file with the network. */
export const addMaterialAction = formAction(addMaterial)

/** POST (server action) - what the actor's unit is good at, in this network. */
export const saveStrengthAction = formAction(saveStrength)
