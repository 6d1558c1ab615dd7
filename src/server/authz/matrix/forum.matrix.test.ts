import './request-mocks'
import { defineMatrix } from './harness'
import { forumProbes } from './forum.probes'

await defineMatrix('forum', forumProbes)
