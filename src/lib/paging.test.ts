import { describe, expect, it } from 'vitest'
import { pageCount, pageWindow, ZPageNumber } from './paging'

describe('paging', () => {
  it('reads the page from the query string, and anything odd as page 1', () => {
    expect(ZPageNumber.parse({ side: '3' }).side).toBe(3)
    for (const side of [undefined, '', '0', '-2', '1.5', 'abc', ['2', '3']]) expect(ZPageNumber.parse({ side }).side).toBe(1)
  })

  it('turns a page into skip and take, and counts pages', () => {
    expect(pageWindow({ page: 3, pageSize: 25 })).toEqual({ skip: 50, take: 25 })
    expect([pageCount(0, 25), pageCount(25, 25), pageCount(26, 25)]).toEqual([1, 1, 2])
  })
})
