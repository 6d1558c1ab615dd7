import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'

const { prisma } = await createTestDb()

describe('audit log', () => {
  it('accepts new rows but refuses UPDATE, DELETE and TRUNCATE', async () => {
    const entry = await prisma.auditLog.create({ data: { action: 'test', entity: 'Test', entityId: '1' } })
    await expect(prisma.auditLog.update({ where: { id: entry.id }, data: { action: 'changed' } })).rejects.toThrow(/append-only/)
    await expect(prisma.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/)
    await expect(prisma.$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only/)
    expect(await prisma.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ action: 'test' })
  })
})
