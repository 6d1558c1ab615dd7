import './request-mocks'
import { defineMatrix } from './harness'
import { networksProbes } from './networks.probes'

await defineMatrix('networks', networksProbes)
