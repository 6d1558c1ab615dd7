import './request-mocks'
import { defineMatrix } from './harness'
import { recommendationProbes } from './recommendation.probes'

await defineMatrix('recommendation', recommendationProbes)
