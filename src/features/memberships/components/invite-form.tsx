'use client'

import { useState } from 'react'
import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { Paragraph } from '@/components/ui/ds-static'
import { ResultForm, type TFieldHelpers } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import type { Role } from '@/generated/prisma/enums'
import { inviteMembershipAction } from '../actions'
import { roleTarget } from '../roles'
import type { TMembershipResult } from '../schemas'
import type { TMembershipAdmin } from '../list-memberships'

type TInviteProps = { roles: Role[]; options: TMembershipAdmin['options'] }

/** Invite a person with a role; only the field for the place the chosen role needs is shown. */
export function InviteForm({ roles, options }: TInviteProps) {
  const t = useTranslations('Admin')
  return (
    <ResultForm namespace="Admin" action={inviteMembershipAction} submit={t('invite')}>
      {(f) => <InviteFields f={f} roles={roles} options={options} />}
    </ResultForm>
  )
}

function InviteFields({ f, roles, options }: TInviteProps & { f: TFieldHelpers<TMembershipResult> }) {
  const t = useTranslations('Admin')
  const tRoles = useTranslations('Roles')
  const [role, setRole] = useState<Role | ''>('')
  // A success empties the form, the role included, so the place field it chose goes too.
  const [answered, setAnswered] = useState(f.state)
  if (f.state !== answered) {
    setAnswered(f.state)
    if (f.state?.ok) setRole('')
  }
  const target = role ? roleTarget[role] : null
  const organisationOptions =
    target?.kind === 'organisation'
      ? target.organisationKinds.includes('COUNTY_GOVERNOR')
        ? options.governorOffices
        : target.organisationKinds.includes('UNIVERSITY')
          ? options.universities
          : options.owners
      : []

  return (
    <>
      <Textfield label={t('email')} name="email" type="email" autoComplete="off" required defaultValue={f.input('email')} error={f.error('email')} />
      <Textfield label={t('name')} name="name" autoComplete="off" required defaultValue={f.input('name')} error={f.error('name')} />
      <SelectField
        label={t('role')}
        name="role"
        defaultValue={f.input('role') ?? ''}
        onChange={(e) => setRole(e.target.value as Role | '')}
        required
        placeholder={t('chooseRole')}
        options={roles.map((r) => ({ value: r, label: tRoles(r) }))}
        error={f.error('role')}
      />
      {target?.kind === 'organisation' && (
        <SelectField
          label={t('organisation')}
          name="organisationId"
          defaultValue={f.input('organisationId') ?? ''}
          required
          placeholder={t('chooseOrganisation')}
          options={organisationOptions.map((o) => ({ value: o.id, label: o.name }))}
          error={f.error('organisationId')}
        />
      )}
      {target?.kind === 'partnership' && (
        <SelectField
          label={t('partnership')}
          name="partnershipId"
          defaultValue={f.input('partnershipId') ?? ''}
          required
          placeholder={t('choosePartnership')}
          options={options.partnerships.map((p) => ({ value: p.id, label: p.name }))}
          error={f.error('partnershipId')}
        />
      )}
      {target?.kind === 'unit' && (
        <Textfield
          label={target.unitKind === 'KINDERGARTEN' ? t('kindergartenOrgNumber') : t('schoolOrgNumber')}
          description={t('orgNumberHelp')}
          name="unitOrgNumber"
          defaultValue={f.input('unitOrgNumber')}
          inputMode="numeric"
          autoComplete="off"
          required
          error={f.error('unitOrgNumber')}
        />
      )}
      <Paragraph data-size="sm">{t('inviteHelp')}</Paragraph>
    </>
  )
}
