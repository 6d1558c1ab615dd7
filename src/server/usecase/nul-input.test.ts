import '@/server/authz/matrix/request-mocks'
import { expect, it } from 'vitest'
import { loadActor } from '@/server/authz/actor'
import { callAction } from '@/server/authz/matrix/adapters'
import { createNetworkAction } from '@/features/networks/actions'
import { demoPeople } from '~prisma/seed/demo'
import { serveDb } from '~tests/setup/adapter-mocks'
import { createTestDb } from '~tests/setup/test-db'

const { prisma } = await createTestDb({ demo: true })
serveDb(prisma)

// Found by the action fuzz (issue 22): a NUL character in a text field reached PostgreSQL, which
// cannot store it in text, and the action threw (a 500) instead of answering.
it('refuses a text field holding a NUL character as invalid, changing nothing', async () => {
  const user = await prisma.user.findUniqueOrThrow({ where: { email: demoPeople.secretariatSalten.email } })
  const actor = (await loadActor(prisma, user.id))!
  const salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
  const before = { networks: await prisma.network.count(), audit: await prisma.auditLog.count() }
  const result = await callAction(actor, createNetworkAction, { partnershipId: salten.id, name: 'Nettverk a\u0000b', type: 'LOCAL', description: 'x' })
  expect(result).toMatchObject({ ok: false, error: 'invalid', fields: ['name'] })
  expect({ networks: await prisma.network.count(), audit: await prisma.auditLog.count() }).toEqual(before)
  // The same body without the NUL is a success: the refusal is the character's, not the form's.
  expect(await callAction(actor, createNetworkAction, { partnershipId: salten.id, name: 'Nettverk ab', type: 'LOCAL', description: 'x' })).toMatchObject({ ok: true })
})
