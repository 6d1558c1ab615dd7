import 'server-only'
import { notFound } from 'next/navigation'

/**
 * The row a detail page's scoped read found, or Next's 404 page. The reads give null both for a row
 * that does not exist and for one outside the actor's scope (another tenant's, an unshared draft),
 * so the two look exactly alike to the person asking.
 */
export function foundOr404<T>(row: T | null | undefined): T {
  if (row === null || row === undefined) notFound()
  return row
}
