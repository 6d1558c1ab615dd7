import './request-mocks'
import { defineMatrix } from './harness'
import { organisationsProbes } from './organisations.probes'

await defineMatrix('organisations', organisationsProbes)
