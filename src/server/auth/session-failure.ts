import { cache } from 'react'

/**
 * Why this request's session could not be read, when the database failed under the read.
 *
 * Note: Auth.js turns an adapter error into "no session" (it logs it and `auth()` answers null), so
 * a database outage sent every logged-in person to the login page, and the error was logged for
 * /logg-inn, not for the page they asked for. The adapter leaves the error here and getActor
 * throws it: the page asked for fails with the error page and its reference, and once the database
 * is back the person is where they were, still logged in (tests/e2e/operations/database-outage.pw.ts).
 * Kept for one request (React's cache).
 */
export const sessionReadFailure = cache((): { error?: Error } => ({}))
