/**
 * The local PostgreSQL server's admin connection, for the tests' own databases (unit tests, e2e,
 * and the one-time role set-up before them). Its own module so that the global set-up and the e2e
 * script can read it without importing vitest or the app's database client.
 */
export const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
