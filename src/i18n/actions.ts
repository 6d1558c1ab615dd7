'use server'

import { cookies } from 'next/headers'
import { z } from 'zod'
import { declareAction } from '@/server/usecase/define-action'
import { locales, localeCookie } from './locales'

const ZSetLocale = z.object({ locale: z.enum(locales) })

/** Stores the chosen interface language for a year. Changes nothing on bad input. */
export const setLocale = declareAction({ name: 'setLocale', access: 'public' }, async (formData: FormData): Promise<void> => {
  const parsed = ZSetLocale.safeParse({ locale: formData.get('locale') })
  if (!parsed.success) return
  ;(await cookies()).set(localeCookie, parsed.data.locale, {
    path: '/',
    maxAge: 60 * 60 * 24 * 365,
    sameSite: 'lax',
  })
})
