/**
 * Recognises PostgreSQL's refusals in what Prisma throws, on both drivers: Prisma's own codes
 * where it maps them (P2002 for a unique violation), else the SQLSTATE in the driver's message.
 */
const sqlState = { unique: '23505', check: '23514', foreignKey: '23503' } as const

export function isDatabaseError(error: unknown, kind: keyof typeof sqlState): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  if (kind === 'unique' && code === 'P2002') return true
  if (kind === 'foreignKey' && code === 'P2003') return true
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string; code?: string } } } }).meta
  const cause = meta?.driverAdapterError?.cause
  if (cause?.originalCode === sqlState[kind] || cause?.code === sqlState[kind]) return true
  return error.message.includes(sqlState[kind])
}
