import './request-mocks'
import { defineMatrix } from './harness'
import { surveysProbes } from './surveys.probes'

await defineMatrix('surveys', surveysProbes)
