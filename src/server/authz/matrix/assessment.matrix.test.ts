import './request-mocks'
import { defineMatrix } from './harness'
import { assessmentProbes } from './assessment.probes'

await defineMatrix('assessment', assessmentProbes)
