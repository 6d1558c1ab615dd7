import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SERVER_NODE_OPTIONS, serverNodeOptions } from './server-memory'

describe('the server heap limits', () => {
  it('are what npm start sets, so the bench and e2e run the production server as it runs', () => {
    const start = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.start
    expect(start).toBe(`NODE_OPTIONS="${SERVER_NODE_OPTIONS} $NODE_OPTIONS" next start`)
  })

  it("come before the operator's own options, which win", () => {
    expect(serverNodeOptions(undefined)).toBe(SERVER_NODE_OPTIONS)
    expect(serverNodeOptions('  ')).toBe(SERVER_NODE_OPTIONS)
    expect(serverNodeOptions('--max-old-space-size=1024')).toBe(`${SERVER_NODE_OPTIONS} --max-old-space-size=1024`)
  })
})
