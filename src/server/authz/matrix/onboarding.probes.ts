import { decideMembershipRequestAction, setFeideOnboardingAction } from '@/features/onboarding/actions'
import { getOnboardingAdmin } from '@/features/onboarding/queries'
import { applyStaffImportAction, previewStaffImportAction } from '@/features/staff-import/actions'
import { previewStaffImport } from '@/features/staff-import/import-staff'
import type { Actor } from '../actor'
import { callAction } from './adapters'
import { platformAdminActor } from './people'
import { entry } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'
import { unitTargets } from './unit-targets'

/**
 * Bringing staff in: onboarding from Feide (ADR 030), the requests a unit's leader or owner
 * decides and the owner's own setting, and the staff import (a file for the target unit). Requests are written directly with prisma (not through the code under test), each
 * for a new person, at the actor's own unit in the tenant (else an owner's unit there, else the
 * tenant's first unit), so "no" means the wall held, not that nothing was there.
 */
export function onboardingProbes(context: TMatrixContext): TProbes {
  const { prisma } = context
  const { targetUnit } = unitTargets(context)

  async function pendingRequest(actor: Actor, tenant: TTenant) {
    const unit = await targetUnit(actor, tenant)
    const user = await prisma.user.create({ data: { name: 'Feide Forespørsel', email: `feide.${crypto.randomUUID()}@skole.no` } })
    return prisma.membershipRequest.create({ data: { userId: user.id, unitId: unit.id, role: 'TEACHER', source: 'feide', affiliation: 'faculty' } })
  }

  /** A one-line staff file for a new person at the target unit, and that person's address. */
  async function staffFile(actor: Actor, tenant: TTenant) {
    const unit = await targetUnit(actor, tenant)
    const email = `import.${crypto.randomUUID()}@skole.no`
    const role = unit.kind === 'SCHOOL' ? 'Lærer' : 'Barnehagelærer'
    return { unit, email, file: new File([`Navn;E-post;Organisasjonsnummer;Rolle\nIda Import;${email};${unit.orgNumber};${role}`], 'ansatte.csv') }
  }

  return {
    // The page holds only the form; what it shows comes from the preview step.
    '/personale/import': entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      const { file } = await staffFile(actor, tenant)
      const result = await previewStaffImport(prisma, actor, { file })
      return result.ok && result.done === 'previewed'
    }),
    previewStaffImportAction: entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      const { file } = await staffFile(actor, tenant)
      const result = await callAction(actor, previewStaffImportAction, { file })
      return !!result?.ok && result.done === 'previewed' && result.preview.rows.length === 1
    }),
    applyStaffImportAction: entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      const { file, email, unit } = await staffFile(actor, tenant)
      // The preview as someone who reaches every unit: the digest names the rows, not who asked.
      const preview = await previewStaffImport(prisma, await platformAdminActor(prisma), { file })
      if (!preview.ok || preview.done !== 'previewed') throw new Error('probe: the staff file did not preview')
      await callAction(actor, applyStaffImportAction, { fileName: preview.file.name, fileData: preview.file.data, digest: preview.preview.digest })
      return (await prisma.membership.count({ where: { user: { email }, unitId: unit.id } })) > 0
    }),
    '/personale/foresporsler': entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      const request = await pendingRequest(actor, tenant)
      const admin = await getOnboardingAdmin(prisma, actor).catch(() => null)
      return !!admin?.requests.some((r) => r.id === request.id)
    }),
    decideMembershipRequestAction: entry('manage:staff', 'managesStaff', async (actor, tenant) => {
      const request = await pendingRequest(actor, tenant)
      await callAction(actor, decideMembershipRequestAction, { requestId: request.id, decision: 'approve' })
      return (await prisma.membership.count({ where: { userId: request.userId, unitId: request.unitId, endedAt: null } })) > 0
    }),
    setFeideOnboardingAction: entry('manage:staff', 'choosesOnboarding', async (actor, tenant) => {
      const unit = await targetUnit(actor, tenant)
      const before = (await prisma.organisation.findUniqueOrThrow({ where: { id: unit.ownerId } })).feideOnboarding
      const mode = before === 'APPROVAL' ? 'IMMEDIATE' : 'APPROVAL'
      await callAction(actor, setFeideOnboardingAction, { organisationId: unit.ownerId, mode })
      const after = (await prisma.organisation.findUniqueOrThrow({ where: { id: unit.ownerId } })).feideOnboarding
      // Put back what the demo had, so the next probe starts from the same place.
      await prisma.organisation.update({ where: { id: unit.ownerId }, data: { feideOnboarding: before } })
      return after === mode
    }),
  }
}
