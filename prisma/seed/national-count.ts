import type { PrismaClient } from '@/generated/prisma/client'

/** Rows in every table of the public schema (but the migration log), largest first. */
export async function countRows(db: PrismaClient): Promise<{ table: string; rows: number }[]> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND left(tablename, 1) <> '_' ORDER BY tablename`
  const counts: { table: string; rows: number }[] = []
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${name}"`)
    counts.push({ table: name, rows: Number(row!.n) })
  }
  return counts.sort((a, b) => b.rows - a.rows || a.table.localeCompare(b.table))
}
