import './request-mocks'
import { defineMatrix } from './harness'
import { staffProbes } from './staff.probes'

await defineMatrix('staff', staffProbes)
