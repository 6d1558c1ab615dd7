import './request-mocks'
import { defineMatrix } from './harness'
import { indicatorsProbes } from './indicators.probes'

await defineMatrix('indicators', indicatorsProbes)
