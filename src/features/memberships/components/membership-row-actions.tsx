'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { ActionForm } from '@/components/ui/action-form'
import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react'
import { Button } from '@/components/ui/ds-static'
import type { Role } from '@/generated/prisma/enums'
import { changeMembershipRoleAction, endMembershipAction } from '../actions'
import { sameTarget } from '../roles'
import type { TMembershipResult } from '../schemas'

/** Change the role of one membership, or end it. Each form reports its own result. */
export function MembershipRowActions({ membershipId, role, roles, personName }: { membershipId: string; role: Role; roles: Role[]; personName: string }) {
  const t = useTranslations('Admin')
  const tRoles = useTranslations('Roles')
  const [changeState, change, changing] = useActionState<TMembershipResult | null, FormData>(changeMembershipRoleAction, null)
  const [endState, end, ending] = useActionState<TMembershipResult | null, FormData>(endMembershipAction, null)
  const alternatives = roles.filter((r) => r !== role && sameTarget(r, role))
  const message = (s: TMembershipResult | null) => (s ? (s.ok ? t(`done.${s.done}`) : t(`errors.${s.error}`)) : null)

  return (
    <div className="flex flex-wrap items-end gap-2">
      {alternatives.length > 0 && (
        <ActionForm action={change} className="flex items-end gap-2">
          <input type="hidden" name="membershipId" value={membershipId} />
          <Field>
            <Label data-size="sm">{t('newRoleFor', { name: personName })}</Label>
            <Select name="role" data-size="sm" defaultValue={alternatives[0]}>
              {alternatives.map((r) => (
                <Select.Option key={r} value={r}>
                  {tRoles(r)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button type="submit" data-size="sm" variant="secondary" disabled={changing}>
            {t('changeRole')}
          </Button>
        </ActionForm>
      )}
      <ActionForm action={end}>
        <input type="hidden" name="membershipId" value={membershipId} />
        <Button type="submit" data-size="sm" variant="tertiary" data-color="danger" disabled={ending} aria-label={t('endFor', { name: personName })}>
          {t('end')}
        </Button>
      </ActionForm>
      <div aria-live="polite" className="w-full">
        {[changeState, endState].map((s, i) =>
          s ? (
            s.ok ? (
              <p key={i} className="m-0 text-sm">{message(s)}</p>
            ) : (
              <ValidationMessage key={i} data-size="sm">{message(s)}</ValidationMessage>
            )
          ) : null,
        )}
      </div>
    </div>
  )
}
