import { actAs } from '~tests/setup/adapter-mocks'
import type { Actor } from '../actor'

/** A form field as the browser sends it: text, several values of one name, or a file. */
export type TField = string | string[] | File

/** The form a browser would post: a list becomes one entry per value, as ticked checkboxes do. */
export function toFormData(fields: Record<string, TField | undefined>): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) form.append(name, one)
  }
  return form
}

/** Next's redirect() and notFound() end an action by throwing; for a probe that is an answer, not a failure. */
function isNavigation(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest
  return typeof digest === 'string' && (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK'))
}

/**
 * Posts a form to a real server action as `actor` (the adapter finds the actor through the
 * mocked session, exactly as in a request), and returns what it answered (null after a redirect).
 * The probe then looks in the database for whether the change happened.
 */
export async function callAction<R>(actor: Actor, action: (previous: R | null, formData: FormData) => Promise<R>, fields: Record<string, TField | undefined>): Promise<R | null> {
  actAs(actor)
  try {
    return await action(null, toFormData(fields))
  } catch (error) {
    if (isNavigation(error)) return null
    throw error
  } finally {
    actAs(null)
  }
}

/**
 * Calls a real route handler as `actor` with the route's params (and query), and tells whether
 * it answered with the file (200); a redirect to the login page, 403 and 404 are all "no".
 */
export async function callRoute<P extends Record<string, string>>(
  actor: Actor,
  handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>,
  params: P,
  query = '',
): Promise<boolean> {
  actAs(actor)
  try {
    const response = await handler(new Request(`http://localhost/probe${query}`), { params: Promise.resolve(params) })
    return response.status === 200
  } finally {
    actAs(null)
  }
}
