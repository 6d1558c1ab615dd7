/**
 * A local stand-in for Feide's groups API (`GET /groups/me/groups`), answering Feide-shaped groups
 * (docs.feide.no: the school owner `fc:org:<realm>` with the person's affiliation, each school a
 * child organisation `fc:org:<realm>:unit:NO<orgnr>` with a `parent`). Used by the unit tests of
 * the onboarding and, beside the local OpenID Connect provider, by the browser tests
 * (scripts/e2e.ts). Like the real API it wants `Authorization: Bearer <access token>` and answers
 * 401 without one and 403 for a token bound to nobody.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** A person's place as the local API describes it: their school owner's realm and the units. */
export interface TFeidePerson {
  realm: string
  ownerName?: string
  primaryAffiliation: 'employee' | 'faculty' | 'staff' | 'student' | 'member'
  units: { orgNumber: string; name: string }[]
}

/** The groups Feide would answer for `person`: the owner organisation and one child per unit. */
export function feideGroupsOf(person: TFeidePerson) {
  const ownerId = `fc:org:${person.realm}`
  const affiliation = person.primaryAffiliation === 'student' ? ['member', 'student'] : ['member', person.primaryAffiliation]
  return [
    {
      id: ownerId,
      type: 'fc:org',
      displayName: person.ownerName ?? person.realm,
      membership: { basic: 'member', affiliation, primaryAffiliation: person.primaryAffiliation },
      public: false,
      orgType: ['primary_and_lower_secondary_owner'],
    },
    ...person.units.map((unit, i) => ({
      id: `${ownerId}:unit:NO${unit.orgNumber}`,
      type: 'fc:org',
      displayName: unit.name,
      membership: { basic: 'member', ...(i === 0 ? { primarySchool: true } : {}) },
      public: false,
      orgType: ['primary_and_lower_secondary'],
      parent: ownerId,
    })),
  ]
}

export interface TLocalGroupsApi {
  /** The base URL, as FEIDE_GROUPS_API takes it (…/groups). */
  url: string
  close(): Promise<void>
}

/**
 * Starts the API on 127.0.0.1. `personFor` turns an access token into the person it belongs to
 * (null: a token bound to nobody); the unit tests map tokens directly, the browser tests ask the
 * local OpenID Connect provider's userinfo endpoint who the token is for.
 */
export async function startGroupsApi(options: {
  port?: number
  personFor: (accessToken: string) => Promise<TFeidePerson | null> | TFeidePerson | null
}): Promise<TLocalGroupsApi> {
  const server = http.createServer((request, response) => {
    void answer(request, options.personFor).then(
      ({ status, body }) => {
        response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
        response.end(JSON.stringify(body))
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' })
        response.end(JSON.stringify({ message: String(error) }))
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/groups`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

async function answer(request: http.IncomingMessage, personFor: (token: string) => Promise<TFeidePerson | null> | TFeidePerson | null) {
  const path = new URL(request.url ?? '/', 'http://local').pathname
  if (request.method !== 'GET' || path !== '/groups/me/groups') return { status: 404, body: { message: 'not found' } }
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
  if (!token) return { status: 401, body: { message: 'no token' } }
  const person = await personFor(token)
  if (!person) return { status: 403, body: { message: 'token not bound to a user' } }
  return { status: 200, body: feideGroupsOf(person) }
}
