-- Row-level security: the database's own tenant wall (docs/decisions/008-row-level-security.md).
-- Written by hand: Prisma's schema language cannot express roles, grants or policies.

-- The role app queries run as (SET LOCAL ROLE in each transaction). Not a superuser and without
-- BYPASSRLS, so the policies below always apply to it. Roles are per server, hence the guard.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'samkomp_app') THEN
    CREATE ROLE samkomp_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
END
$$;
GRANT samkomp_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO samkomp_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO samkomp_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO samkomp_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO samkomp_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO samkomp_app;

-- True when the transaction's tenant context lets it see partnership `pid`: either the
-- partnership is in app.tenant_ids (a comma-separated list set with set_config(..., true)) or
-- app.all_tenants is 'on' (system work: seeds, public aggregates). Unset means nothing.
CREATE FUNCTION "app_tenant_visible"(pid uuid) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('app.all_tenants', true), '') = 'on'
      OR pid = ANY (string_to_array(nullif(current_setting('app.tenant_ids', true), ''), ',')::uuid[])
$$;
GRANT EXECUTE ON FUNCTION "app_tenant_visible"(uuid) TO samkomp_app;

ALTER TABLE "Partnership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Partnership" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Partnership"
  USING ("app_tenant_visible"("id")) WITH CHECK ("app_tenant_visible"("id"));

ALTER TABLE "PartnershipOwner" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartnershipOwner" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "PartnershipOwner"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "PartnershipUniversity" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PartnershipUniversity" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "PartnershipUniversity"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "Forum" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Forum" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Forum"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "ForumMember" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ForumMember" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "ForumMember"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "Meeting" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Meeting" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Meeting"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "AgendaItem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AgendaItem" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "AgendaItem"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "Decision" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Decision" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Decision"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "Network" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Network" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Network"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "NetworkUnit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "NetworkUnit" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "NetworkUnit"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "NetworkMember" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "NetworkMember" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "NetworkMember"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "GrantYear" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "GrantYear" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "GrantYear"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "Allocation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Allocation" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Allocation"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "Award" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Award" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Award"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "Measure" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Measure" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Measure"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "MeasureUnit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MeasureUnit" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "MeasureUnit"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
