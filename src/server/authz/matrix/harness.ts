import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { serveDb } from '~tests/setup/adapter-mocks'
import type { Actor } from '../actor'
import { loadMatrixPeople, people, TENANTS } from './people'
import type { TMatrixContext, TProbes, TTenant } from './types'

/**
 * One area's part of the role × action × tenant matrix: for every page, server action and route
 * handler of the area, every kind of person, and both demo tenants (Salten in Nordland, Nordre
 * Sunnmøre in Møre og Romsdal), the case asserts that the person reaches the tenant's data exactly
 * when their permission and scope say so: a foreign tenant's data is never returned and never
 * changed. Actions and routes are probed through their real adapters (./adapters.ts), pages
 * through the reads they call. Each area is its own test file, so the areas run in parallel;
 * coverage.test.ts checks that every entry of the surface has a probe in one of them.
 *
 * Call at the top of a `<area>.matrix.test.ts`, after importing './request-mocks' (the adapters' stand-ins).
 */
export async function defineMatrix(area: string, makeProbes: (context: TMatrixContext) => TProbes) {
  // The demo data, seeded once per run (tests/setup/global-setup.ts) and copied here.
  const { prisma } = await createTestDb({ demo: true })
  serveDb(prisma)
  const ids = {} as Record<TTenant, string>
  const probes = makeProbes({ prisma, ids })
  let actors = new Map<string, Actor>()

  beforeAll(async () => {
    const loaded = await loadMatrixPeople(prisma)
    Object.assign(ids, loaded.ids)
    actors = loaded.actors
  })

  const cases = Object.keys(probes).flatMap((entry) => people.flatMap((person) => TENANTS.map((tenant) => ({ entry, person, tenant }))))
  let ran = 0
  describe(`role × action × tenant matrix: ${area}`, () => {
    it.each(cases)('$entry × $person.key × $tenant', async ({ entry, person, tenant }) => {
      const { probe, kind } = probes[entry]!
      expect(await probe(actors.get(person.key)!, tenant)).toBe(person[kind].includes(tenant))
      ran += 1
    })
  })
  afterAll(() => {
    // The issue asks for the size of the matrix to be printed.
    console.info(`[matrix] ${area}: ${ran} of ${cases.length} cases ran (${Object.keys(probes).length} entries × ${people.length} kinds of person × ${TENANTS.length} tenants)`)
  })
  return { prisma, ids }
}
