/**
 * The reference of an error that reached an error page: the digest Next gives an error thrown on
 * the server, which src/server/boot.ts's reportRequestError writes to the log line of the failed
 * request. An error thrown in the browser has none (nothing on the server to look up).
 */
export function errorReference(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('digest' in error)) return undefined
  const { digest } = error
  return typeof digest === 'string' && digest !== '' ? digest : undefined
}
