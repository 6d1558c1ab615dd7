import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { importIndicatorFile } from './import-indicators'
import { downloadSsbTable, ssbDataUrl } from './ssb-live'

const { prisma } = await createTestDb()
const fixture = fs.readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/indicators/ssb-07495-grunnskolepoeng.json'), 'utf8')
const asked: URL[] = []
// A stand-in for data.ssb.no on this machine: the fixture for table 07495, 404 for any other.
const server = http.createServer((request, response) => {
  const url = new URL(request.url!, 'http://localhost')
  asked.push(url)
  if (url.pathname === '/api/pxwebapi/v2/tables/07495/data' && url.searchParams.get('outputFormat') === 'json-stat2') {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(fixture)
  } else response.writeHead(404).end('{"title":"Not found"}')
})
let base = ''

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/pxwebapi/v2`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

describe('the live SSB importer', () => {
  it('builds the PxWebApi v2 data URL with each dimension’s codes', () => {
    const url = ssbDataUrl({ tableId: '07495', valueCodes: { Region: ['0', '18'], Tid: ['top(3)'] } })
    expect(url.toString()).toBe('https://data.ssb.no/api/pxwebapi/v2/tables/07495/data?lang=no&outputFormat=json-stat2&valueCodes%5BRegion%5D=0%2C18&valueCodes%5BTid%5D=top%283%29')
    expect(() => ssbDataUrl({ tableId: '7495', valueCodes: {} })).toThrow()
  })

  it('downloads a table from the server and imports it like a file', async () => {
    const download = await downloadSsbTable({ base, tableId: '07495', valueCodes: { Region: ['*'], Kjonn: ['0', '1', '2'], ContentsCode: ['Grunnskolepoeng'], Tid: ['top(3)'] } })
    expect(download.ok).toBe(true)
    if (!download.ok) return
    expect(asked.at(-1)!.searchParams.get('valueCodes[Tid]')).toBe('top(3)')
    const result = await importIndicatorFile(prisma, download.fileName, download.text)
    expect(result).toMatchObject({ ok: true, summary: { cells: 45, suppressed: 1, missing: 1 } })
    expect(await prisma.indicatorImport.findFirstOrThrow({ where: { tableId: '07495' } })).toMatchObject({ source: 'SSB', fileName: 'ssb-07495.json', years: [2022, 2023, 2024] })
  })

  it('says why when the server refuses, and imports nothing', async () => {
    const before = await prisma.indicatorValue.count()
    const download = await downloadSsbTable({ base, tableId: '13719', valueCodes: { Tid: ['2024'] } })
    expect(download.ok).toBe(false)
    expect(!download.ok && download.error).toContain('HTTP 404')
    expect(await prisma.indicatorValue.count()).toBe(before)
  })
})
