import './request-mocks'
import { defineMatrix } from './harness'
import { portalProbes } from './portal.probes'

await defineMatrix('portal', portalProbes)
