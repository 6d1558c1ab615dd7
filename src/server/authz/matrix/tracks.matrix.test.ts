import './request-mocks'
import { defineMatrix } from './harness'
import { tracksProbes } from './tracks.probes'

await defineMatrix('tracks', tracksProbes)
