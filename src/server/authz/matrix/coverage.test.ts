import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Db } from '@/server/db/client'
import type { TAccess } from '@/server/usecase/access'
import { adminProbes } from './admin.probes'
import { awardLettersProbes } from './award-letters.probes'
import { assessmentProbes } from './assessment.probes'
import { bodiesProbes } from './bodies.probes'
import { forumProbes } from './forum.probes'
import { fundingProbes } from './funding.probes'
import { measuresProbes } from './measures.probes'
import { needsProbes } from './needs.probes'
import { recommendationProbes } from './recommendation.probes'
import { networksProbes } from './networks.probes'
import { surveysProbes } from './surveys.probes'
import { onboardingProbes } from './onboarding.probes'
import { organisationsProbes } from './organisations.probes'
import { staffProbes } from './staff.probes'
import { tracksProbes } from './tracks.probes'
import { yearEndProbes } from './year-end.probes'
import { deadlinesProbes } from './deadlines.probes'
import { portalProbes } from './portal.probes'
import { indicatorsProbes } from './indicators.probes'
import { actionFiles, loadSurface, pageDeclaration, pageFiles, routeOf, type TSurface } from './surface'
import type { TMatrixContext, TProbes } from './types'

// Importing every action and route module for real needs what only a request has.
vi.mock('@/server/auth', async () => (await import('~tests/setup/adapter-mocks')).auth)
vi.mock('@/server/db', async () => (await import('~tests/setup/adapter-mocks')).db)
vi.mock('next/cache', async () => (await import('~tests/setup/adapter-mocks')).cache)
vi.mock('@/server/email', async () => (await import('~tests/setup/adapter-mocks')).email)
vi.mock('next-intl/server', async () => (await import('~tests/setup/adapter-mocks')).intl)

/** Entries that show no tenant's own data, and why; they need no tenant cases. */
const exempt: Record<string, string> = {
  '/': 'public aggregates about public bodies only (get-public-overview.ts), the same for everyone',
  '/tilgjengelighet': 'static accessibility statement',
  '/logg-inn': 'login page: lists demo people only in demo mode, no tenant data',
  '/api/auth/[...nextauth]': "Auth.js's own endpoints: sessions and OpenID Connect callbacks",
  '/api/health': 'liveness probe: the process answers; reads nothing',
  '/api/ready': 'readiness probe: database reachable, migration and outbox counts from platform tables; no tenant data',
  setLocale: "sets the person's language cookie",
  demoSignInAction: 'demo mode only; starts a session, reads no tenant data',
  providerSignInAction: 'starts an OpenID Connect login',
  signOutAction: "ends the caller's own session",
  '/vedtak/[slug]': 'the public decision journal: decisions not exempt from public access, with tallies and no names (forum decisions are public documents)',
  '/svar': 'survey code entry (no login): a form, no tenant data',
  '/svar/skjema': "the survey page of the code in the answering cookie: that code's instrument and its own draft only",
  '/svar/takk': 'static thanks after answering',
  startSurveyAction: 'opens a survey with a single-use code; the code is the only key (ADR 026)',
  answerPageAction: "saves or submits the answers of the code in the caller's own answering cookie",
}

// The probe factories only build closures here; the keys and permissions are what is compared.
const context: TMatrixContext = { prisma: {} as Db, ids: { salten: '', sunnmore: '' } }
const areas: Record<string, TProbes> = {
  admin: adminProbes(context),
  funding: fundingProbes(context),
  forum: forumProbes(context),
  bodies: bodiesProbes(context),
  recommendation: recommendationProbes(context),
  assessment: assessmentProbes(context),
  staff: staffProbes(context),
  needs: needsProbes(context),
  measures: measuresProbes(context),
  networks: networksProbes(context),
  surveys: surveysProbes(context),
  onboarding: onboardingProbes(context),
  tracks: tracksProbes(context),
  'year-end': yearEndProbes(context),
  deadlines: deadlinesProbes(context),
  portal: portalProbes(context),
  organisations: organisationsProbes(context),
  awardLetters: awardLettersProbes(context),
  indicators: indicatorsProbes(context),
}

let surface: TSurface & { problems: string[] }
beforeAll(async () => {
  surface = await loadSurface()
})

const isOpen = (access: TAccess) => access === 'public' || access === 'demo-mode'

describe('the authorization surface, read from the declarations', () => {
  it('declares every page, action and route handler', () => {
    expect(surface.problems).toEqual([])
    for (const file of pageFiles) expect(pageDeclaration(file).name, file).toBe(routeOf(file))
  })

  it('finds server actions and route handlers, each declared', () => {
    // loadSurface throws for an export without a declaration; these counts say it looked.
    expect(actionFiles.length).toBeGreaterThan(5)
    expect(Object.keys(surface.actions).length).toBeGreaterThan(40)
    expect(Object.keys(surface.routes).length).toBeGreaterThan(5)
  })

  it('has a probe with the declared permission for every protected entry, in exactly one area, and a reason for every open one', () => {
    const entries = { ...surface.pages, ...surface.routes, ...surface.actions }
    const probed = Object.entries(areas).flatMap(([area, probes]) => Object.entries(probes).map(([entry, p]) => ({ area, entry, permission: p.permission })))
    for (const [entry, access] of Object.entries(entries)) {
      if (isOpen(access)) {
        expect(exempt[entry], `${entry} needs a reason in exempt`).toBeTruthy()
        continue
      }
      const found = probed.filter((p) => p.entry === entry)
      expect(found.map((p) => p.area), `${entry} needs a probe in one area`).toHaveLength(1)
      expect(found[0]!.permission, entry).toBe(access)
    }
    const protectedEntries = Object.entries(entries).filter(([, access]) => !isOpen(access)).map(([e]) => e)
    expect(probed.map((p) => p.entry).sort()).toEqual(protectedEntries.sort())
    console.info(`[surface] ${Object.keys(surface.pages).length} pages, ${Object.keys(surface.actions).length} actions, ${Object.keys(surface.routes).length} route handlers; ${protectedEntries.length} protected, each probed`)
  })
})
