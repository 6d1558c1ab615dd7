'use server'

import { formAction } from '@/server/usecase/form-action'
import { closeSurveyWave } from './close-survey-wave'

// Each action is a public POST endpoint: the adapter finds the actor, and the use case checks the
// permission and the scope (src/server/authz).

/** POST (server action) - close a wave for answers, for good, and compute its results once. */
export const closeSurveyWaveAction = formAction(closeSurveyWave)
