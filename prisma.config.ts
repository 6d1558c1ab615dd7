import { defineConfig } from 'prisma/config'

// Note: the CLI is only used for `prisma generate` here. Migrations are applied by our own
// runner (docs/decisions/002-offline-migrations.md), so no datasource URL is needed.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
})
