import './request-mocks'
import { defineMatrix } from './harness'
import { deadlinesProbes } from './deadlines.probes'

await defineMatrix('deadlines', deadlinesProbes)
