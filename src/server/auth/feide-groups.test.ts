import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { feideGroupsOf, startGroupsApi, type TFeidePerson, type TLocalGroupsApi } from '~tests/e2e/feide-groups-api'
import { fetchFeideGroups, feideUnitAffiliations, type TFeideGroup } from './feide-groups'

const owner = (membership: TFeideGroup['membership']): TFeideGroup => ({ id: 'fc:org:bodo.kommune.no', type: 'fc:org', displayName: 'Bodø kommune', membership })
const school = (orgNumber: string, membership: TFeideGroup['membership'] = { basic: 'member' }): TFeideGroup => ({
  id: `fc:org:bodo.kommune.no:unit:NO${orgNumber}`,
  type: 'fc:org',
  displayName: `Skole ${orgNumber}`,
  parent: 'fc:org:bodo.kommune.no',
  membership,
})

describe('feideUnitAffiliations (the groups API → units)', () => {
  it.each(['employee', 'faculty', 'staff'] as const)('a %s at the owner is staff at each child school', (primaryAffiliation) => {
    const groups = [owner({ basic: 'member', affiliation: ['member', primaryAffiliation], primaryAffiliation }), school('974567890'), school('912345678')]
    expect(feideUnitAffiliations(groups)).toEqual([
      { orgNumber: '974567890', displayName: 'Skole 974567890', affiliation: primaryAffiliation },
      { orgNumber: '912345678', displayName: 'Skole 912345678', affiliation: primaryAffiliation },
    ])
  })

  it('gives a student nothing, also one with a staff affiliation beside it', () => {
    expect(feideUnitAffiliations([owner({ primaryAffiliation: 'student', affiliation: ['member', 'student'] }), school('974567890')])).toEqual([])
    expect(feideUnitAffiliations([owner({ affiliation: ['member', 'student', 'employee'] }), school('974567890')])).toEqual([])
    // A member (a parent, a guest) is not staff either.
    expect(feideUnitAffiliations([owner({ primaryAffiliation: 'member' }), school('974567890')])).toEqual([])
  })

  it("takes the school's own primary affiliation before the owner's", () => {
    const groups = [
      owner({ primaryAffiliation: 'student' }),
      school('974567890', { basic: 'member', primaryAffiliation: 'faculty' }),
      school('912345678', { basic: 'member', primaryAffiliation: 'student' }),
    ]
    expect(feideUnitAffiliations(groups).map((u) => [u.orgNumber, u.affiliation])).toEqual([['974567890', 'faculty']])
  })

  it('falls back to the first staff affiliation when no primary one is given', () => {
    expect(feideUnitAffiliations([owner({ affiliation: ['member', 'faculty', 'employee'] }), school('974567890')])[0]?.affiliation).toBe('faculty')
  })

  it('ignores the owner itself, schools without a Norwegian organisation number, other group types and unknown shapes', () => {
    const groups: TFeideGroup[] = [
      owner({ primaryAffiliation: 'employee' }),
      { ...school('974567890'), id: 'fc:org:bodo.kommune.no:unit:U87654321' },
      { id: 'fc:gogroup:bodo.kommune.no:b:NO974567890:5a', type: 'fc:gogroup', displayName: '5A' },
      { id: 'fc:org:bodo.kommune.no:unit:NO97456789', type: 'fc:org', parent: 'fc:org:bodo.kommune.no' },
    ]
    expect(feideUnitAffiliations(groups)).toEqual([])
  })

  it('needs no affiliation anywhere to give nothing (a school without the owner group)', () => {
    expect(feideUnitAffiliations([school('974567890')])).toEqual([])
  })
})

describe('fetchFeideGroups against the local groups API', () => {
  const people = new Map<string, TFeidePerson>([
    ['token-teacher', { realm: 'bodo.kommune.no', primaryAffiliation: 'faculty', units: [{ orgNumber: '974567890', name: 'Vika skole' }] }],
  ])
  let api: TLocalGroupsApi
  beforeAll(async () => {
    api = await startGroupsApi({ personFor: (token) => people.get(token) ?? null })
  })
  afterAll(() => api.close())

  it('sends the access token and reads the groups Feide would answer', async () => {
    const groups = await fetchFeideGroups(api.url, 'token-teacher')
    expect(groups).toEqual(feideGroupsOf(people.get('token-teacher')!))
    expect(feideUnitAffiliations(groups!)).toEqual([{ orgNumber: '974567890', displayName: 'Vika skole', affiliation: 'faculty' }])
  })

  it('answers null (and warns) for a token bound to nobody, an API that is down, or a body that is no list', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(await fetchFeideGroups(api.url, 'token-nobody')).toBeNull()
    expect(await fetchFeideGroups('http://127.0.0.1:9/groups', 'token-teacher', { timeoutMs: 1000 })).toBeNull()
    const notAList = (() => Promise.resolve(new Response(JSON.stringify({ id: 'x' })))) as typeof fetch
    expect(await fetchFeideGroups(api.url, 'token-teacher', { fetch: notAList })).toBeNull()
    expect(warn).toHaveBeenCalledTimes(3)
    warn.mockRestore()
  })
})
