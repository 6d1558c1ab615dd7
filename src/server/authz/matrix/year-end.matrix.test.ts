import './request-mocks'
import { defineMatrix } from './harness'
import { yearEndProbes } from './year-end.probes'

await defineMatrix('year-end', yearEndProbes)
