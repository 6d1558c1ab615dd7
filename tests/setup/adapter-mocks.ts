import { createFormatter, createTranslator } from 'use-intl/core'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import messages from '../../messages/nb.json'

/**
 * Stand-ins for what only a Next request has, so tests can call the real adapters (server
 * actions, route handlers, page guards) as a given person: the session (`getActor`), the
 * process's database (`getDb`), the page cache, the after-response email kick and the request's
 * language. Each test file that uses them says so with vi.mock (see src/server/authz/matrix/).
 */
const state: { actor: Actor | null; db: Db | null } = { actor: null, db: null }

/** The person the next adapter call is made as (null: nobody logged in). */
export function actAs(actor: Actor | null) {
  state.actor = actor
}

/** The database the adapters get from getDb(). */
export function serveDb(db: Db) {
  state.db = db
}

const resolved = <T>(value: T) => Promise.resolve(value)

export const auth = {
  getActor: () => resolved(state.actor),
  auth: () => resolved(state.actor ? { user: { id: state.actor.userId } } : null),
  signIn: () => resolved(undefined),
  signOut: () => resolved(undefined),
  handlers: { GET: () => resolved(new Response(null, { status: 404 })), POST: () => resolved(new Response(null, { status: 404 })) },
}

export const db = {
  getDb: () => {
    if (!state.db) throw new Error('adapter-mocks: call serveDb(prisma) first')
    return resolved(state.db)
  },
}

export const cache = { revalidatePath: () => undefined, revalidateTag: () => undefined }

export const email = { kickOutbox: () => undefined }

export const intl = {
  getLocale: () => resolved('nb'),
  getTranslations: (options?: string | { namespace?: string }) => {
    const namespace = typeof options === 'string' ? options : options?.namespace
    // Note: the translator's key types are those of one namespace; adapters only pass strings.
    return resolved(createTranslator({ locale: 'nb', messages, namespace: namespace as never }) as unknown as (key: string, values?: Record<string, unknown>) => string)
  },
  getFormatter: () => resolved(createFormatter({ locale: 'nb', timeZone: 'Europe/Oslo' })),
}
