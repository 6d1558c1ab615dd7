import { createHash, randomBytes } from 'node:crypto'

/**
 * Session tokens are stored hashed (issue 22): the `Session.sessionToken` column holds the SHA-256
 * hex of the cookie's value, never the value itself.
 *
 * Note: a plain hash (no salt, no key stretching) is enough because the token is 256 random bits,
 * not a password: nobody can guess a preimage, and the same hash lets a lookup use the unique
 * index. What it protects against is a database read (a backup, a replica, a log of a query): the
 * rows no longer hold anything that can be replayed as a cookie.
 */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** A fresh session token for a cookie (the demo login; Auth.js makes its own for OpenID Connect). */
export function newSessionToken(): string {
  return randomBytes(32).toString('hex')
}
