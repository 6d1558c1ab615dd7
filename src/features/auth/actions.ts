'use server'

import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { getDb } from '@/server/db'
import { isDemoMode } from '@/server/demo'
import { signIn, signOut } from '@/server/auth'
import { SESSION_COOKIE } from '@/server/auth/session-policy'
import { oidcProviders } from '@/server/auth/providers'
import { declareAction } from '@/server/usecase/define-action'
import { createDemoSession } from './demo-sign-in'
import { finishLoginAttempt, startLoginAttempt } from '@/server/auth/login-attempts'
import { clientAddress } from '@/server/http/client-address'

const ZDemoSignIn = z.object({ userId: z.uuid() })

/** POST (server action) - log in as a seeded demo person. Refused unless demo mode is on. */
export const demoSignInAction = declareAction({ name: 'demoSignInAction', access: 'demo-mode' }, async (formData: FormData): Promise<void> => {
  if (!isDemoMode()) redirect('/logg-inn?error=demo')
  const parsed = ZDemoSignIn.safeParse({ userId: formData.get('userId') })
  if (!parsed.success) redirect('/logg-inn?error=demo')
  const db = await getDb()
  const ip = clientAddress(await headers())
  const start = await startLoginAttempt(db, { ip, method: 'demo', account: parsed.data.userId })
  if (!start.allowed) redirect(start.limitedBy === 'account' ? '/logg-inn?error=rate-account' : '/logg-inn?error=rate')
  const session = await createDemoSession(db, parsed.data.userId, ip)
  if (!session) {
    await finishLoginAttempt(db, { ip, method: 'demo', outcome: 'refused' })
    redirect('/logg-inn?error=demo')
  }
  ;(await cookies()).set(SESSION_COOKIE, session.sessionToken, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    expires: session.expires,
    secure: SESSION_COOKIE.startsWith('__Secure-'),
  })
  redirect('/oversikt')
})

const ZProviderSignIn = z.object({ provider: z.enum(['feide', 'idporten']) })

/** POST (server action) - start an OpenID Connect login with Feide or ID-porten. */
export const providerSignInAction = declareAction({ name: 'providerSignInAction', access: 'public' }, async (formData: FormData): Promise<void> => {
  const parsed = ZProviderSignIn.safeParse({ provider: formData.get('provider') })
  if (!parsed.success || !oidcProviders().some((p) => p.id === parsed.data.provider)) redirect('/logg-inn?error=provider')
  const ip = clientAddress(await headers())
  if (!(await startLoginAttempt(await getDb(), { ip, method: parsed.data.provider })).allowed) redirect('/logg-inn?error=rate')
  await signIn(parsed.data.provider, { redirectTo: '/oversikt' })
})

/** POST (server action) - log out: Auth.js deletes the session row, so it ends at once. */
export const signOutAction = declareAction({ name: 'signOutAction', access: 'public' }, async (): Promise<void> => {
  await signOut({ redirectTo: '/' })
})
