import './request-mocks'
import { defineMatrix } from './harness'
import { needsProbes } from './needs.probes'

await defineMatrix('needs', needsProbes)
