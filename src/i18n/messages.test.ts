import { describe, expect, it } from 'vitest'
import en from '../../messages/en.json'
import nb from '../../messages/nb.json'
import nn from '../../messages/nn.json'

/** Every message key as a dotted path, with its text. */
function flatten(messages: object, prefix = ''): Map<string, unknown> {
  return new Map(
    Object.entries(messages).flatMap(([key, value]) =>
      value !== null && typeof value === 'object' ? [...flatten(value as object, `${prefix}${key}.`)] : [[`${prefix}${key}`, value] as const],
    ),
  )
}

describe('message files', () => {
  // Note: a key missing in one language shows the key itself to that language's users.
  it('nynorsk and English have exactly the keys bokmål has, none of them empty', () => {
    const keys = [...flatten(nb).keys()].sort()
    for (const [name, messages] of Object.entries({ nn, en })) {
      const flat = flatten(messages)
      expect([...flat.keys()].sort(), name).toEqual(keys)
      expect([...flat].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key), name).toEqual([])
    }
    expect(keys.length).toBeGreaterThan(300)
  })
})
