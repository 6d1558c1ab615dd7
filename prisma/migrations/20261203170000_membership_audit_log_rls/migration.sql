-- Row-level security on Membership and AuditLog (issue 22; docs/decisions/034-several-instances-and-the-database-wall.md).
-- Written by hand: Prisma's schema language cannot express policies.
--
-- Both carry a partnershipId, but it is optional: a membership at a unit, an organisation or the
-- platform belongs to no partnership, nor does the audit row of a login or a unit import. Rows
-- with a partnership are that tenant's data and get the wall every tenant table has (ADR 008, in
-- the once-per-query form of 20261202031000); rows without one stay visible in any context, as the
-- units and organisations they point at are. FORCE: the policies apply to the table owner too.

ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation_or_shared" ON "Membership"
  USING ("partnershipId" IS NULL OR (SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ("partnershipId" IS NULL OR (SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));

ALTER TABLE "AuditLog" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditLog" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation_or_shared" ON "AuditLog"
  USING ("partnershipId" IS NULL OR (SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ("partnershipId" IS NULL OR (SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));

-- Session tokens are stored as their SHA-256 since f065f28; rows written before hold the cookie's
-- value itself, which a database read (a backup, a replica) could replay. The old demo tokens were
-- 64 hex characters, like a hash, so they cannot be told apart: every session ends, and everyone
-- logs in once more (sessions last at most SESSION_MAXIMUM_MINUTES anyway).
DELETE FROM "Session";
