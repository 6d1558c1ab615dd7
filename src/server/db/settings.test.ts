import { describe, expect, it } from 'vitest'
import { dbSettings } from './settings'

describe('database settings', () => {
  it('defaults to a pool of ten, 10 s to wait for a connection and 30 s per transaction', () => {
    expect(dbSettings({})).toEqual({ DB_POOL_SIZE: 10, DB_TRANSACTION_WAIT_MS: 10_000, DB_TRANSACTION_TIMEOUT_MS: 30_000 })
    expect(dbSettings({ DB_POOL_SIZE: '' }).DB_POOL_SIZE).toBe(10)
  })

  it('takes numbers from the environment and refuses nonsense, naming the setting', () => {
    expect(dbSettings({ DB_POOL_SIZE: '25', DB_TRANSACTION_WAIT_MS: '2000' })).toMatchObject({ DB_POOL_SIZE: 25, DB_TRANSACTION_WAIT_MS: 2000 })
    expect(() => dbSettings({ DB_POOL_SIZE: 'many' })).toThrow(/DB_POOL_SIZE/)
    expect(() => dbSettings({ DB_TRANSACTION_WAIT_MS: '0' })).toThrow(/DB_TRANSACTION_WAIT_MS/)
  })
})
