'use client'

import { useActionState, useState } from 'react'
import { useTranslations } from 'next-intl'
import { ActionForm } from '@/components/ui/action-form'
import { typedBack } from '@/lib/form-input'
import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react'
import { SelectField } from '@/components/ui/select-field'
import type { Role } from '@/generated/prisma/enums'
import { inviteMembershipAction } from '../actions'
import { roleTarget } from '../roles'
import type { TMembershipResult } from '../schemas'
import type { TMembershipAdmin } from '../list-memberships'

/** Invite a person with a role; only the field for the place the chosen role needs is shown. */
export function InviteForm({ roles, options }: { roles: Role[]; options: TMembershipAdmin['options'] }) {
  const t = useTranslations('Admin')
  const tRoles = useTranslations('Roles')
  const [state, action, pending] = useActionState<TMembershipResult | null, FormData>(inviteMembershipAction, null)
  const [role, setRole] = useState<Role | ''>('')
  // What was typed, given back with an error: the fields' defaults when the form was posted without JavaScript.
  const input = typedBack(state)
  const target = role ? roleTarget[role] : null
  const fieldError = (field: string) => (state && !state.ok && state.fields?.includes(field) ? t(`errors.${state.error}`) : undefined)
  const organisationOptions =
    target?.kind === 'organisation'
      ? target.organisationKinds.includes('COUNTY_GOVERNOR')
        ? options.governorOffices
        : target.organisationKinds.includes('UNIVERSITY')
          ? options.universities
          : options.owners
      : []

  return (
    <ActionForm action={action} resetWhen={state?.ok ? state : null} onReset={() => setRole('')} className="flex max-w-xl flex-col gap-4" noValidate>
      {state?.ok && <Alert data-color="success">{t(`done.${state.done}`)}</Alert>}
      {state && !state.ok && !state.fields?.length && <Alert data-color="danger">{t(`errors.${state.error}`)}</Alert>}
      <Textfield label={t('email')} name="email" type="email" autoComplete="off" required defaultValue={input('email')} error={fieldError('email')} />
      <Textfield label={t('name')} name="name" autoComplete="off" required defaultValue={input('name')} error={fieldError('name')} />
      <SelectField
        label={t('role')}
        name="role"
        defaultValue={input('role') ?? ''}
        onChange={(e) => setRole(e.target.value as Role | '')}
        required
        placeholder={t('chooseRole')}
        options={roles.map((r) => ({ value: r, label: tRoles(r) }))}
        error={fieldError('role')}
      />
      {target?.kind === 'organisation' && (
        <SelectField
          label={t('organisation')}
          name="organisationId"
          defaultValue={input('organisationId') ?? ''}
          required
          placeholder={t('chooseOrganisation')}
          options={organisationOptions.map((o) => ({ value: o.id, label: o.name }))}
          error={fieldError('organisationId')}
        />
      )}
      {target?.kind === 'partnership' && (
        <SelectField
          label={t('partnership')}
          name="partnershipId"
          defaultValue={input('partnershipId') ?? ''}
          required
          placeholder={t('choosePartnership')}
          options={options.partnerships.map((p) => ({ value: p.id, label: p.name }))}
          error={fieldError('partnershipId')}
        />
      )}
      {target?.kind === 'unit' && (
        <Textfield
          label={target.unitKind === 'KINDERGARTEN' ? t('kindergartenOrgNumber') : t('schoolOrgNumber')}
          description={t('orgNumberHelp')}
          name="unitOrgNumber"
          defaultValue={input('unitOrgNumber')}
          inputMode="numeric"
          autoComplete="off"
          required
          error={fieldError('unitOrgNumber')}
        />
      )}
      <Paragraph data-size="sm">{t('inviteHelp')}</Paragraph>
      <div>
        <Button type="submit" disabled={pending}>
          {t('invite')}
        </Button>
      </div>
    </ActionForm>
  )
}
