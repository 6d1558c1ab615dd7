import './request-mocks'
import { defineMatrix } from './harness'
import { measuresProbes } from './measures.probes'

await defineMatrix('measures', measuresProbes)
