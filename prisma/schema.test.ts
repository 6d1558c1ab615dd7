import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { partlyTenantTables, tenantTables } from '~tests/setup/tenant-tables'

const { pglite } = await createTestDb()

describe('database schema', () => {
  it('has an index starting with the columns of every foreign key', async () => {
    const { rows } = await pglite.query<{ table: string; columns: string }>(`
      SELECT c.conrelid::regclass::text AS table,
             (SELECT string_agg(a.attname, ',' ORDER BY k.ord)
                FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
      FROM pg_constraint c
      WHERE c.contype = 'f'
        AND NOT EXISTS (
          SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid
            AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] = c.conkey
        )`)
    expect(rows, 'foreign keys without a supporting index').toEqual([])
  })

  it('gives every tenant table a partnershipId that is required, referenced and indexed first', async () => {
    for (const table of tenantTables.filter((t) => t !== 'Partnership')) {
      const { rows } = await pglite.query<{ is_nullable: string }>(
        `SELECT is_nullable FROM information_schema.columns WHERE table_name = $1 AND column_name = 'partnershipId'`,
        [table],
      )
      expect(rows, `${table}.partnershipId`).toEqual([{ is_nullable: 'NO' }])
    }
  })

  it('stores money as integers (bigint), never floating point or numeric', async () => {
    const { rows } = await pglite.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND (column_name ILIKE '%ore' OR data_type IN ('real', 'double precision', 'numeric'))`,
    )
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row, `${row.table_name}.${row.column_name}`).toMatchObject({ data_type: 'bigint' })
  })

  it('lists every table with a required partnershipId as a tenant table', async () => {
    const { rows } = await pglite.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name = 'partnershipId' AND is_nullable = 'NO' ORDER BY 1`,
    )
    expect(rows.map((r) => r.table_name).sort()).toEqual(tenantTables.filter((t) => t !== 'Partnership').sort())
  })

  it('enables and forces row-level security with a policy on every tenant table', async () => {
    const { rows } = await pglite.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; policies: number }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
              (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
       FROM pg_class c WHERE c.relname = ANY($1)`,
      [tenantTables],
    )
    expect(rows).toHaveLength(tenantTables.length)
    for (const row of rows) expect(row, row.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true, policies: 1 })
  })

  it('reads the tenant list once per query in every policy, not once per row', async () => {
    // A policy calling app_tenant_visible(col) parses app.tenant_ids for every row (issue 14);
    // the sub-selects are evaluated once per query (migration 20261202031000).
    const { rows } = await pglite.query<{ tablename: string; qual: string; with_check: string }>(
      `SELECT tablename, qual, with_check FROM pg_policies WHERE tablename = ANY($1)`,
      [tenantTables],
    )
    expect(rows).toHaveLength(tenantTables.length)
    for (const row of rows) {
      const column = row.tablename === 'Partnership' ? 'id' : '"partnershipId"'
      const rule = `(( SELECT app_all_tenants() AS app_all_tenants) OR (${column} = ANY (( SELECT app_tenant_ids() AS app_tenant_ids)::uuid[])))`
      expect({ qual: row.qual, check: row.with_check }, row.tablename).toEqual({ qual: rule, check: rule })
    }
  })

  it('walls the partnership rows of Membership and AuditLog, with forced row-level security and the once-per-query rule', async () => {
    const { rows } = await pglite.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; qual: string; with_check: string }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, p.qual, p.with_check
       FROM pg_class c JOIN pg_policies p ON p.tablename = c.relname WHERE c.relname = ANY($1)`,
      [partlyTenantTables],
    )
    expect(rows.map((r) => r.relname).sort()).toEqual([...partlyTenantTables].sort())
    const rule = `(("partnershipId" IS NULL) OR ( SELECT app_all_tenants() AS app_all_tenants) OR ("partnershipId" = ANY (( SELECT app_tenant_ids() AS app_tenant_ids)::uuid[])))`
    for (const row of rows) expect(row, row.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true, qual: rule, with_check: rule })
  })
})
