/**
 * Bulk writing for the national seed: deterministic ids and multi-row INSERTs of literal values.
 *
 * Note: literal multi-row INSERTs rather than createMany, because the seed writes about half a
 * million rows and must finish in under three minutes on the embedded database too: one statement
 * per thousand rows, no parameter limit, no per-row work in the client. The values are our own
 * generated data, quoted here; nothing from outside ever reaches this writer.
 */
import type { PrismaClient } from '@/generated/prisma/client'
import { createRandom } from './random'

export type TValue = string | number | bigint | boolean | Date | Buffer | readonly string[] | null | undefined
export type TRow = Record<string, TValue>

/** UUIDs from a seeded stream of their own, so the same run gives the same ids (and login users). */
export function createIds(seed: number) {
  const random = createRandom(seed)
  const hex = () => Math.floor(random.next() * 0x1_0000_0000).toString(16).padStart(8, '0')
  return () => {
    const h = hex() + hex() + hex() + hex()
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
  }
}

function literal(value: TValue): string {
  if (value === null || value === undefined) return 'NULL'
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (typeof value === 'number' || typeof value === 'bigint') return String(value)
  if (value instanceof Date) return `'${value.toISOString()}'`
  if (Buffer.isBuffer(value)) return `'\\x${value.toString('hex')}'`
  if (Array.isArray(value)) return `'{${value.join(',')}}'`
  return `'${(value as string).replace(/'/g, "''")}'`
}

/**
 * Inserts rows into `table` in statements of at most `batch` rows (columns from the first row).
 * Enum, date and array columns take the literals as PostgreSQL coerces them to the column's type.
 */
export async function insertRows(db: PrismaClient, table: string, rows: TRow[], batch = 1000): Promise<number> {
  if (rows.length === 0) return 0
  const columns = Object.keys(rows[0]!)
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES\n`
  for (let i = 0; i < rows.length; i += batch) {
    const values = rows.slice(i, i + batch).map((row) => `(${columns.map((c) => literal(row[c])).join(', ')})`)
    await db.$executeRawUnsafe(head + values.join(',\n'))
  }
  return rows.length
}

/** Batches of about `size` items that keep items with the same key together (items come grouped). */
export function chunksBy<T>(items: T[], size: number, key: (item: T) => string): T[][] {
  const out: T[][] = []
  let batch: T[] = []
  for (const item of items) {
    if (batch.length >= size && key(batch[batch.length - 1]!) !== key(item)) {
      out.push(batch)
      batch = []
    }
    batch.push(item)
  }
  if (batch.length) out.push(batch)
  return out
}

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Groups items into a map of arrays by key. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list) list.push(item)
    else map.set(k, [item])
  }
  return map
}

/** `count` distinct items from `items`, chosen by `random` (order kept, so output is stable). */
export function sample<T>(random: { next(): number }, items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items]
  const picked = new Set<number>()
  while (picked.size < count) picked.add(Math.floor(random.next() * items.length))
  return [...picked].sort((a, b) => a - b).map((i) => items[i]!)
}

export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
export const at = (iso: string) => new Date(iso)
