import 'server-only'
import { cookies } from 'next/headers'
import { settings } from '@/server/settings'

// The code travels in a cookie, never in the address: an address lands in the browser's history
// and in server logs, and a pupil may answer on a shared machine. http-only, same-site, only for
// the answering pages, and gone when the browser closes or the answer is sent.
const COOKIE = 'samkomp_survey_code'
const secure = (() => {
  const s = settings()
  return s.NODE_ENV === 'production' && Boolean(s.AUTH_URL?.startsWith('https'))
})()

export async function readSurveyCode(): Promise<string | undefined> {
  return (await cookies()).get(COOKIE)?.value
}

export async function rememberSurveyCode(code: string) {
  ;(await cookies()).set(COOKIE, code, { httpOnly: true, sameSite: 'strict', path: '/svar', secure })
}

export async function forgetSurveyCode() {
  ;(await cookies()).delete({ name: COOKIE, path: '/svar' })
}
