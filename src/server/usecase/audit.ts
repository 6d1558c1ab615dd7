import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/server/authz/actor'
import type { Tx } from '@/server/db/tenant'

/** One audit row: what was done, to which row, in which tenant, with the facts worth keeping. */
export interface TAuditEntry {
  /** e.g. 'uh_order.send'; a use case's declared `audit` is the default. */
  action?: string
  entity: string
  entityId: string
  /** The tenant the change belongs to; none for platform work (the email queue). */
  partnershipId?: string | null
  data?: Prisma.InputJsonValue
}

/**
 * Writes the audit row in the caller's transaction, so the change and its record commit together
 * or not at all. AuditLog is append-only (a trigger refuses updates and deletes).
 */
export async function audit(tx: Tx, actor: Actor, entry: TAuditEntry & { action: string }): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorUserId: actor.userId,
      partnershipId: entry.partnershipId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      ...(entry.data === undefined ? {} : { data: entry.data }),
    },
  })
}
