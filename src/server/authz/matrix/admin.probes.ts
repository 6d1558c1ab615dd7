import { demoPeople } from '~prisma/seed/demo'
import { getDashboard } from '@/features/dashboard/get-dashboard'
import { changeMembershipRoleAction, endMembershipAction, inviteMembershipAction } from '@/features/memberships/actions'
import { getMembershipAdmin } from '@/features/memberships/list-memberships'
import { getEmailQueue } from '@/features/outbox/queries'
import { retryEmailAction } from '@/features/outbox/actions'
import { applyUnitImportAction, previewUnitImportAction } from '@/features/units/actions'
import { previewUnitImport } from '@/features/units/register-import'
import { nextOrgNumber } from '~tests/factories'
import { can } from '../actor'
import { callAction } from './adapters'
import { platformAdminActor } from './people'
import { entry } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

/** The dashboard, membership administration and the email queue. */
export function adminProbes({ prisma, ids }: TMatrixContext): TProbes {
  /** A forum member in the tenant, written directly (not through the code under test), for actions to aim at. */
  async function targetMembership(tenant: TTenant) {
    const user = await prisma.user.create({ data: { name: 'Mål Medlem', email: `mal.${crypto.randomUUID()}@kommune.no` } })
    return prisma.membership.create({ data: { userId: user.id, role: 'FORUM_MEMBER', partnershipId: ids[tenant] } })
  }

  /** An email that ran out of tries, written directly (the queue is the platform's, not a tenant's). */
  function stuckEmail() {
    return prisma.emailOutbox.create({ data: { kind: 'matrix', to: 'matrise@kommune.no', subject: 'Matrise', text: 'Matrise', attempts: 8, lastError: '421 try later' } })
  }

  /** A one-line register file with a new school in a municipality of the tenant's county. */
  async function registerFile(tenant: TTenant) {
    const { countyId } = await prisma.partnership.findUniqueOrThrow({ where: { id: ids[tenant] }, select: { countyId: true } })
    const municipality = await prisma.municipality.findFirstOrThrow({ where: { countyId }, orderBy: { number: 'asc' } })
    const orgNumber = nextOrgNumber()
    const csv = `Organisasjonsnummer;Navn;Kommunenummer;Elevtall;Skoletype;Eierform\n${orgNumber};Matriseskolen;${municipality.number};100;Barneskole;Offentlig`
    return { orgNumber, file: new File([csv], 'nsr.csv') }
  }

  return {
    // The page holds only the form; what it shows comes from the preview step.
    '/admin/enheter': entry('import:units', 'importsUnits', async (actor, tenant) => {
      const result = await previewUnitImport(prisma, actor, { file: (await registerFile(tenant)).file })
      return result.ok && result.done === 'previewed'
    }),
    previewUnitImportAction: entry('import:units', 'importsUnits', async (actor, tenant) => {
      const result = await callAction(actor, previewUnitImportAction, { file: (await registerFile(tenant)).file })
      return !!result?.ok && result.done === 'previewed' && result.preview.created.length === 1
    }),
    applyUnitImportAction: entry('import:units', 'importsUnits', async (actor, tenant) => {
      const { file, orgNumber } = await registerFile(tenant)
      const preview = await previewUnitImport(prisma, await platformAdminActor(prisma), { file })
      if (!preview.ok || preview.done !== 'previewed') throw new Error('probe: the register file did not preview')
      await callAction(actor, applyUnitImportAction, { fileName: preview.file.name, fileData: preview.file.data, digest: preview.preview.digest })
      return (await prisma.unit.count({ where: { orgNumber } })) > 0
    }),
    '/oversikt': entry('read:dashboard', 'reads', async (actor, tenant) => {
      if (!can(actor, 'read:dashboard')) return (await getDashboard(prisma, actor).catch(() => null)) !== null
      const d = await getDashboard(prisma, actor)
      const slug = tenant === 'salten' ? 'salten-kan' : 'nordre-sunnmore'
      const units = await prisma.unit.findMany({ where: { id: { in: d.units.map((u) => u.id) }, owner: { partnershipOwners: { some: { partnershipId: ids[tenant] } } } } })
      return d.partnerships.some((p) => p.slug === slug) || units.length > 0
    }),
    '/admin/medlemskap': entry('manage:membership', 'manages', async (actor, tenant) => {
      const admin = await getMembershipAdmin(prisma, actor).catch(() => null)
      if (!admin) return false
      const secretariat = tenant === 'salten' ? demoPeople.secretariatSalten.name : demoPeople.secretariatSunnmore.name
      return admin.memberships.some((m) => m.personName === secretariat) || admin.options.partnerships.some((p) => p.id === ids[tenant])
    }),
    inviteMembershipAction: entry('manage:membership', 'manages', async (actor, tenant) => {
      const email = `inv.${crypto.randomUUID()}@kommune.no`
      await callAction(actor, inviteMembershipAction, { email, name: 'Ny Person', role: 'FORUM_MEMBER', partnershipId: ids[tenant] })
      return (await prisma.membership.count({ where: { user: { email }, partnershipId: ids[tenant] } })) > 0
    }),
    changeMembershipRoleAction: entry('manage:membership', 'manages', async (actor, tenant) => {
      const target = await targetMembership(tenant)
      await callAction(actor, changeMembershipRoleAction, { membershipId: target.id, role: 'FORUM_SECRETARIAT' })
      return (await prisma.membership.findUniqueOrThrow({ where: { id: target.id } })).role !== 'FORUM_MEMBER'
    }),
    endMembershipAction: entry('manage:membership', 'manages', async (actor, tenant) => {
      const target = await targetMembership(tenant)
      await callAction(actor, endMembershipAction, { membershipId: target.id })
      return (await prisma.membership.findUniqueOrThrow({ where: { id: target.id } })).endedAt !== null
    }),
    '/admin/epost': entry('manage:platform', 'runsPlatform', async (actor) => {
      const email = await stuckEmail()
      return ((await getEmailQueue(prisma, actor).catch(() => null))?.emails ?? []).some((e) => e.id === email.id)
    }),
    retryEmailAction: entry('manage:platform', 'runsPlatform', async (actor) => {
      const email = await stuckEmail()
      await callAction(actor, retryEmailAction, { emailId: email.id })
      return (await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).attempts === 0
    }),
  }
}
