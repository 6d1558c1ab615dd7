import './request-mocks'
import { defineMatrix } from './harness'
import { bodiesProbes } from './bodies.probes'

await defineMatrix('bodies', bodiesProbes)
