import type { NextRequest } from 'next/server'
import { finishLoginAttempt } from './login-attempts'
import { clientAddress } from '@/server/http/client-address'
import { getDb } from '@/server/db'
import { handlers } from './index'

const CALLBACK = /\/api\/auth\/callback\/(feide|idporten)$/

/**
 * Auth.js's endpoints, with failed OpenID Connect logins written to the login log: a callback
 * that Auth.js answers by sending the person back to the login page with an error (refused at the
 * provider, bad state, no code). Successful logins are logged by the `signIn` event in ./index.ts.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const response = await handlers.GET(request)
  const method = CALLBACK.exec(new URL(request.url).pathname)?.[1] as 'feide' | 'idporten' | undefined
  if (method && /[?&]error=/.test(response.headers.get('location') ?? '')) {
    await finishLoginAttempt(await getDb(), { ip: clientAddress(request.headers), method, outcome: 'refused' })
  }
  return response
}

export const POST = handlers.POST
