import './request-mocks'
import { awardLettersProbes } from './award-letters.probes'
import { defineMatrix } from './harness'

await defineMatrix('award-letters', awardLettersProbes)
