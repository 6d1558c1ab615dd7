/**
 * Ids come from the address bar: anything but a UUID is "not found" before PostgreSQL sees it
 * (which would otherwise answer a malformed uuid with an error, not an empty result).
 */
export function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text)
}
