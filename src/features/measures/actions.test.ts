import { describe, expect, it, vi } from 'vitest'
import { callAction } from '@/server/authz/matrix/adapters'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { serveDb } from '~tests/setup/adapter-mocks'
import { createMeasureAction } from './actions'

// The action runs as in a request, with the session, database and cache stood in for.
vi.mock('@/server/auth', async () => (await import('~tests/setup/adapter-mocks')).auth)
vi.mock('@/server/db', async () => (await import('~tests/setup/adapter-mocks')).db)
vi.mock('next/cache', async () => (await import('~tests/setup/adapter-mocks')).cache)
vi.mock('@/server/email', async () => (await import('~tests/setup/adapter-mocks')).email)
vi.mock('next-intl/server', async () => (await import('~tests/setup/adapter-mocks')).intl)

// A refused form never reaches the database, so none is needed.
serveDb({} as Db)
const secretariat: Actor = {
  userId: crypto.randomUUID(),
  name: 'Sekretariat',
  locale: 'nb',
  memberships: [{ id: crypto.randomUUID(), userId: crypto.randomUUID(), role: 'FORUM_SECRETARIAT', organisationId: null, organisationKind: null, organisationName: null, governorOfficeId: null, unitId: null, unitName: null, partnershipId: crypto.randomUUID() }],
}

describe('measure form actions', () => {
  it('hand back every ticked box of a checkbox group after an error, not only the last', async () => {
    const result = await callAction(secretariat, createMeasureAction, { partnershipId: crypto.randomUUID(), title: 'x', themes: ['READING', 'ICT'], unitIds: [], level: 'UNIT', status: 'PLANNED' })
    expect(result).toMatchObject({ ok: false, error: 'invalid', fields: ['title'], input: { title: 'x', themes: 'READING,ICT', unitIds: '', level: 'UNIT' } })
  })

  it('say what is wrong with each field in the person’s language, not one text for all', async () => {
    const result = await callAction(secretariat, createMeasureAction, { partnershipId: crypto.randomUUID(), title: 'x'.repeat(201), themes: [], unitIds: [], level: 'UNIT', status: 'PLANNED', priority: '1000' })
    expect(result).toMatchObject({
      ok: false,
      error: 'invalid',
      fieldErrors: { title: 'Skriv høyst 200 tegn. Gjør teksten kortere.', themes: 'Velg minst ett alternativ.', priority: 'Skriv et tall fra og med 1 til og med 999.' },
    })
  })
})
