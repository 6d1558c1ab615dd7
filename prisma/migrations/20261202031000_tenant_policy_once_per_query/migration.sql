-- Row-level security read the tenant list once per query instead of once per row (issue 14).
--
-- The policies called app_tenant_visible(pid), whose body parses app.tenant_ids into a uuid[] for
-- every row it is asked about: 66 µs a row for a platform administrator (70 partnerships), 6.5 s
-- for a seq scan of 100,000 registrations, and plans built on a guess, 29 s for the dashboard's
-- seat count. Written as sub-selects, the setting and the list become InitPlans: evaluated once per
-- query, a plain parameter after that (0.6 s for the same count). Same rule, same settings
-- (ADR 008); only its cost changes. New tenant tables take the same expression:
--   (SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[])
-- prisma/schema.test.ts checks that every policy has this form.

CREATE FUNCTION "app_all_tenants"() RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('app.all_tenants', true), '') = 'on'
$$;

CREATE FUNCTION "app_tenant_ids"() RETURNS uuid[]
LANGUAGE sql STABLE AS $$
  SELECT string_to_array(nullif(current_setting('app.tenant_ids', true), ''), ',')::uuid[]
$$;

GRANT EXECUTE ON FUNCTION "app_all_tenants"() TO samkomp_app;
GRANT EXECUTE ON FUNCTION "app_tenant_ids"() TO samkomp_app;

DO $$
DECLARE
  r record;
  col text;
  rule text;
BEGIN
  FOR r IN SELECT schemaname, tablename, qual FROM pg_policies WHERE policyname = 'tenant_isolation' LOOP
    col := substring(r.qual from '^app_tenant_visible\((.*)\)$');
    IF col IS NULL THEN
      RAISE EXCEPTION 'unexpected tenant policy on %: %', r.tablename, r.qual;
    END IF;
    rule := format('(SELECT "app_all_tenants"()) OR %s = ANY ((SELECT "app_tenant_ids"())::uuid[])', col);
    EXECUTE format('ALTER POLICY "tenant_isolation" ON %I.%I USING (%s) WITH CHECK (%s)', r.schemaname, r.tablename, rule, rule);
  END LOOP;
END $$;
