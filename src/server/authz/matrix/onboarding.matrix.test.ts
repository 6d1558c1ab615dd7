import './request-mocks'
import { defineMatrix } from './harness'
import { onboardingProbes } from './onboarding.probes'

await defineMatrix('onboarding', onboardingProbes)
