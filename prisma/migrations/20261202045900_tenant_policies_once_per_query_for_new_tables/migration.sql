-- The tenant tables added beside 20261202031000_tenant_policy_once_per_query (surveys, Feide
-- onboarding, unit staff) were written with app_tenant_visible(pid), which parses the tenant list
-- once per row. Same rewrite as there, for every policy still in the old form: the list is read
-- once per query (an InitPlan). Policies already rewritten are left as they are.
DO $$
DECLARE
  r record;
  col text;
  rule text;
BEGIN
  FOR r IN SELECT schemaname, tablename, qual FROM pg_policies WHERE policyname = 'tenant_isolation' LOOP
    col := substring(r.qual from '^app_tenant_visible\((.*)\)$');
    IF col IS NOT NULL THEN
      rule := format('(SELECT "app_all_tenants"()) OR %s = ANY ((SELECT "app_tenant_ids"())::uuid[])', col);
      EXECUTE format('ALTER POLICY "tenant_isolation" ON %I.%I USING (%s) WITH CHECK (%s)', r.schemaname, r.tablename, rule, rule);
    END IF;
  END LOOP;
END $$;
