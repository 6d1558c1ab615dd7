import './request-mocks'
import { defineMatrix } from './harness'
import { fundingProbes } from './funding.probes'

await defineMatrix('funding', fundingProbes)
