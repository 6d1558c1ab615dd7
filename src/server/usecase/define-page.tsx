import 'server-only'
import type { ReactNode } from 'react'
import { notFound, redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { NoAccess } from '@/components/ui/no-access'
import type { TClientMessages } from '@/i18n/client-messages'
import { getActor } from '@/server/auth'
import { can, type Actor } from '@/server/authz/actor'
import type { Permission } from '@/server/authz/permissions'
import { withActorRequest } from '@/server/authz/tenants'
import { getDb } from '@/server/db'
import type { Db } from '@/server/db/client'
import type { TEntryDeclaration } from './access'
import { paramsHoldNul, searchParamsWithoutNul } from './request-text'

type TSearchParams = Record<string, string | string[] | undefined>
type TPageProps<P> = { params: Promise<P>; searchParams: Promise<TSearchParams> }

/** What a person without the permission gets: a plain explanation in the area's words, or another page. */
type TNoAccess = { namespace: string; title?: string; text?: string } | { redirectTo: string }

export interface TPageDeclaration {
  route: string
  permission: Permission
  noAccess: TNoAccess
  /**
   * false for a page whose reads are platform data outside the tenant context (the email
   * queue): it gets no request transaction. Otherwise every read of the page joins one.
   */
  requestTransaction?: false
  /**
   * `clientMessages('Funding', …)`: the message namespaces the page's client components use
   * (src/i18n/client-messages.tsx); only these reach the browser. Left out when no client
   * component on the page translates or formats. src/i18n/client-messages.test.ts checks it.
   */
  messages?: TClientMessages
}

export interface TPageContext<P> {
  actor: Actor
  db: Db
  params: P
  searchParams: TSearchParams
}

/**
 * A page behind a login, declared once: nobody logged in goes to the login page, a person
 * without `permission` gets `noAccess`, everyone else gets `render` with the actor and database.
 *
 * Note: this is the page's own check (cal.com: in page.tsx, never only in a layout); the reads
 * `render` calls check the permission and filter by scope again.
 */
export function definePage<P extends Record<string, string> = Record<string, never>>(
  declaration: TPageDeclaration,
  render: (context: TPageContext<P>) => Promise<ReactNode>,
) {
  const page = async (props: TPageProps<P>) => {
    const actor = await getActor()
    if (!actor) redirect('/logg-inn')
    if (!can(actor, declaration.permission)) return noAccessPage(declaration.noAccess)
    const [params, searchParams, db] = await Promise.all([props.params, readSearchParams(props.searchParams), getDb()])
    if (paramsHoldNul(params)) notFound()
    const context = { actor, db, params, searchParams }
    if (declaration.requestTransaction === false) return withMessages(declaration.messages, await render(context))
    // Note: one transaction for all the page's reads (issue 14). Inside it, every read must go
    // through withActorTenants: on the embedded database a query outside it would wait for it.
    return withMessages(declaration.messages, await withActorRequest(db, actor, () => render(context)))
  }
  const entry: TEntryDeclaration = { name: declaration.route, access: declaration.permission }
  return Object.assign(page, { declaration: entry })
}

/** A page anyone may open: it shows no tenant's own data. Declared so the surface lists it. */
export function definePublicPage<P extends Record<string, string> = Record<string, never>>(
  declaration: { route: string; access?: 'public' | 'demo-mode'; messages?: TClientMessages },
  render: (context: { params: P; searchParams: TSearchParams }) => Promise<ReactNode>,
) {
  const page = async (props: TPageProps<P>) => {
    const [params, searchParams] = await Promise.all([props.params, readSearchParams(props.searchParams)])
    if (paramsHoldNul(params)) notFound()
    return withMessages(declaration.messages, await render({ params, searchParams }))
  }
  const entry: TEntryDeclaration = { name: declaration.route, access: declaration.access ?? 'public' }
  return Object.assign(page, { declaration: entry })
}

async function readSearchParams(searchParams: Promise<TSearchParams>): Promise<TSearchParams> {
  return searchParamsWithoutNul(await searchParams)
}

/** The page under a provider of its declared client namespaces, or as it is when it declares none. */
function withMessages(messages: TClientMessages | undefined, node: ReactNode): ReactNode {
  return messages ? messages.provide(node) : node
}

async function noAccessPage(noAccess: TNoAccess) {
  if ('redirectTo' in noAccess) redirect(noAccess.redirectTo)
  const t = await getTranslations(noAccess.namespace)
  return <NoAccess title={t(noAccess.title ?? 'noAccessTitle')} text={t(noAccess.text ?? 'noAccessText')} />
}
