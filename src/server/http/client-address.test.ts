import http from 'node:http'
import { describe, expect, it } from 'vitest'
import { clientAddress, recordSocketAddresses, SOCKET_ADDRESS_HEADER } from './client-address'

const request = (headers: Record<string, string>) => new Headers({ [SOCKET_ADDRESS_HEADER]: '192.0.2.7', ...headers })

describe('the client address', () => {
  it('with no trusted proxy (hops 0) is the socket peer: an X-Forwarded-For the client wrote does not move it', () => {
    expect(clientAddress(request({}), 0)).toBe('192.0.2.7')
    expect(clientAddress(request({ 'x-forwarded-for': '6.6.6.6' }), 0)).toBe('192.0.2.7')
    expect(clientAddress(request({ 'x-forwarded-for': '6.6.6.6, 7.7.7.7', 'x-real-ip': '8.8.8.8' }), 0)).toBe('192.0.2.7')
  })

  it('behind one proxy (hops 1) is the entry that proxy appended, never what the client wrote before it', () => {
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.9' }), 1)).toBe('203.0.113.9')
    expect(clientAddress(request({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }), 1)).toBe('203.0.113.9')
  })

  it('behind a load balancer and an ingress (hops 2) is the second entry from the right', () => {
    expect(clientAddress(request({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2' }), 2)).toBe('203.0.113.9')
    // Fewer entries than hops: the furthest there is (a request that came round a proxy).
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.9' }), 2)).toBe('203.0.113.9')
    expect(clientAddress(request({}), 2)).toBe('192.0.2.7')
  })

  it('is unknown without the socket header (outside a server), so it never falls back to a client-written value', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6' }), 0)).toBe('unknown')
  })

  it('gets the socket peer from a real Node server, over a header of the same name the client sent', async () => {
    recordSocketAddresses()
    const server = http.createServer((req, res) => res.end(clientAddress(new Headers(req.headers as Record<string, string>), 0)))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as { port: number }
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { [SOCKET_ADDRESS_HEADER]: '6.6.6.6', 'x-forwarded-for': '6.6.6.6' } })
      expect(await response.text()).toBe('127.0.0.1')
    } finally {
      server.close()
    }
  })
})
