import { describe, expect, it } from 'vitest'
import { connectTestPostgres } from '~tests/setup/postgres'
import { createNeedsReport, createUhOrder } from '~tests/factories/needs'
import { demoPeople, seedDemo } from '~prisma/seed/demo'
import { loadActor } from '@/server/authz/actor'
import { acceptOffer } from './accept-offer'
import { addNeedsPriority } from './add-needs-priority'
import { declineOffer } from './decline-offer'
import { submitNeedsReport } from './submit-needs-report'

const postgres = await connectTestPostgres()

describe.skipIf(!postgres.available)('status transitions under concurrency on PostgreSQL', () => {
  it('of 20 parallel accepts and declines of one offer exactly one wins, with one audit row; a submit and late priorities never both land', { timeout: 180_000 }, async () => {
    const { prisma } = await postgres.createMigratedDatabase()
    await seedDemo(prisma)
    const owner = (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email: demoPeople.schoolOwnerBodo.email } })).id))!
    const salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
    const bodo = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })
    const nord = await prisma.organisation.findFirstOrThrow({ where: { shortName: 'Nord' } })

    const rounds = []
    for (let round = 0; round < 3; round++) {
      const order = await createUhOrder(prisma, { partnershipId: salten.id, universityId: nord.id, ownerIds: [bodo.id], status: 'OFFERED' })
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? acceptOffer(prisma, owner, { orderId: order.id }) : declineOffer(prisma, owner, { orderId: order.id, declineReason: 'Samtidig avslag' }))),
      )
      const won = results.filter((r) => r.status === 'fulfilled' && r.value.ok).length
      const audits = await prisma.auditLog.count({ where: { entityId: order.id, action: { in: ['uh_order.accept', 'uh_order.decline'] } } })
      rounds.push({ errors: results.filter((r) => r.status === 'rejected').length, won, audits })
    }
    expect(rounds).toEqual(Array.from({ length: 3 }, () => ({ errors: 0, won: 1, audits: 1 })))

    const report = await createNeedsReport(prisma, { partnershipId: salten.id, ownerIds: [bodo.id], priorities: [{ theme: 'READING', description: 'Lesing' }] })
    const results = await Promise.all([
      submitNeedsReport(prisma, owner, { reportId: report.id }),
      ...Array.from({ length: 10 }, () => addNeedsPriority(prisma, owner, { reportId: report.id, theme: 'ICT', description: 'Sent tillegg', unitIds: [] })),
    ])
    const submitted = await prisma.needsReport.findUniqueOrThrow({ where: { id: report.id } })
    const added = results.slice(1).filter((r) => r.ok).length
    // Every priority that landed did so before the submit (the same lock); none after.
    const priorities = await prisma.needsPriority.count({ where: { reportId: report.id } })
    const submitAudit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: report.id, action: 'needs_report.submit' } })
    expect({ status: submitted.status, priorities, inAudit: (submitAudit.data as { priorities: number }).priorities }).toEqual({ status: 'SUBMITTED', priorities: 1 + added, inAudit: 1 + added })
  })
})
