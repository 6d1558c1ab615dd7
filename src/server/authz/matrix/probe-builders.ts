import type { Actor } from '../actor'
import type { Permission } from '../permissions'
import { callAction, type TField } from './adapters'
import type { TProbes, TReach, TTenant } from './types'

/**
 * Small builders for the probe tables, so that an entry says only what differs: the permission the
 * surface declares, the reach that decides who gets through, and how the probe aims and looks.
 */
export type TProbe = TProbes[string]
export type TProbeRun = TProbe['probe']
type TFields = Record<string, TField | undefined>

/** One entry of a probe table. */
export const entry = (permission: Permission, kind: TReach, probe: TProbeRun): TProbe => ({ permission, kind, probe })

/** The entries of one permission and reach, as a builder: `const manages = entries('manage:x', 'managesX')`. */
export const entries = (permission: Permission, kind: TReach) => (probe: TProbeRun) => entry(permission, kind, probe)

/** A read that throws (or answers null) where the actor may not look: did it give anything back? */
export const answers = async (read: Promise<unknown>) => (await read.catch(() => null)) !== null

/**
 * A list read a page at a time: does any page hold the row with `id`? Pages of 100 until one is
 * empty (the matrix writes many rows, so the target is rarely on the first); a read that throws
 * counts as not found.
 */
export async function listsRow(read: (paging: { page: number; pageSize: number }) => Promise<{ id: string }[]>, id: string): Promise<boolean> {
  for (let page = 1; ; page += 1) {
    const rows = await read({ page, pageSize: 100 }).catch(() => null)
    if (!rows || rows.length === 0) return false
    if (rows.some((r) => r.id === id)) return true
  }
}

/**
 * The usual action probe: a target written directly (not through the code under test), the action
 * posted as the actor with the fields its form sends, then a look in the database for the change.
 */
export function posts<T, R>(
  target: (actor: Actor, tenant: TTenant) => Promise<T>,
  action: (previous: R | null, formData: FormData) => Promise<R>,
  fields: (target: T, actor: Actor, tenant: TTenant) => TFields | Promise<TFields>,
  changed: (target: T, actor: Actor, tenant: TTenant) => Promise<boolean>,
): TProbeRun {
  return async (actor, tenant) => {
    const aimed = await target(actor, tenant)
    await callAction(actor, action, await fields(aimed, actor, tenant))
    return changed(aimed, actor, tenant)
  }
}
