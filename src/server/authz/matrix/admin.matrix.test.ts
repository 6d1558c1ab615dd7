import './request-mocks'
import { defineMatrix } from './harness'
import { adminProbes } from './admin.probes'

await defineMatrix('admin', adminProbes)
