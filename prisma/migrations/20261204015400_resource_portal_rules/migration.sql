-- Rules for the resource portal (issue 18, docs/decisions/043-resource-portal.md), written by hand:
-- Prisma's schema language cannot express policies, generated columns or checks.

-- Row-level security. Resource and ResourceModule carry an optional partnershipId: a resource
-- shared within one partnership, network or unit is that tenant's data and gets the wall; a public
-- or all-logged-in one belongs to no tenant and is visible in any context (the form of ADR 034).
-- The others are tenant tables like their neighbours (ADR 008, once-per-query form).
ALTER TABLE "Resource" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Resource" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation_or_shared" ON "Resource"
  USING ("partnershipId" IS NULL OR (SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ("partnershipId" IS NULL OR (SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));
ALTER TABLE "ResourceModule" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ResourceModule" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation_or_shared" ON "ResourceModule"
  USING ("partnershipId" IS NULL OR (SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ("partnershipId" IS NULL OR (SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));
ALTER TABLE "ResourceUse" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ResourceUse" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "ResourceUse"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));
ALTER TABLE "ResourceUseModule" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ResourceUseModule" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "ResourceUseModule"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));
ALTER TABLE "MeasureResource" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MeasureResource" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "MeasureResource"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));

-- Visibility and tenant agree: public and all-logged-in resources have no partnership; the others
-- have one, and a network or unit resource names its network or unit.
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_visibility_check" CHECK (
  ("visibility" IN ('PUBLIC', 'LOGGED_IN') AND "partnershipId" IS NULL AND "networkId" IS NULL AND "unitId" IS NULL)
  OR ("visibility" = 'PARTNERSHIP' AND "partnershipId" IS NOT NULL AND "networkId" IS NULL AND "unitId" IS NULL)
  OR ("visibility" = 'NETWORK' AND "partnershipId" IS NOT NULL AND "networkId" IS NOT NULL AND "unitId" IS NULL)
  OR ("visibility" = 'UNIT' AND "partnershipId" IS NOT NULL AND "networkId" IS NULL AND "unitId" IS NOT NULL)
);
-- A file is a whole file (size = bytes, hash); a link is https; a package or plan may have neither.
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_file_check" CHECK (
  ("content" IS NULL AND "fileName" IS NULL AND "contentType" IS NULL AND "sizeBytes" IS NULL AND "sha256" IS NULL)
  OR ("content" IS NOT NULL AND "fileName" IS NOT NULL AND "contentType" IS NOT NULL AND "sizeBytes" = octet_length("content") AND "sha256" IS NOT NULL)
);
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_kind_check" CHECK (
  ("kind" <> 'FILE' OR "content" IS NOT NULL) AND ("kind" <> 'LINK' OR "url" IS NOT NULL)
);
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_url_check" CHECK ("url" IS NULL OR "url" ~ '^https://');
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_title_check" CHECK (length(btrim("title")) > 0);
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_grades_check" CHECK ("grades" <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13]);
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_duration_check" CHECK ("durationWeeks" IS NULL OR "durationWeeks" BETWEEN 1 AND 104);
ALTER TABLE "ResourceModule" ADD CONSTRAINT "ResourceModule_position_check" CHECK ("position" >= 1);
ALTER TABLE "ResourceModule" ADD CONSTRAINT "ResourceModule_title_check" CHECK (length(btrim("title")) > 0);
ALTER TABLE "ResourceModule" ADD CONSTRAINT "ResourceModule_url_check" CHECK ("url" IS NULL OR "url" ~ '^https://');

-- A module lives where its resource lives: its partnershipId is the resource's, on insert and
-- whenever the resource's sharing changes (a principal's approval moves it).
CREATE FUNCTION "app_resource_module_tenant"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."partnershipId" := (SELECT r."partnershipId" FROM "Resource" r WHERE r."id" = NEW."resourceId");
  RETURN NEW;
END $$;
CREATE TRIGGER "ResourceModule_tenant" BEFORE INSERT OR UPDATE OF "resourceId", "partnershipId" ON "ResourceModule"
  FOR EACH ROW EXECUTE FUNCTION "app_resource_module_tenant"();

CREATE FUNCTION "app_resource_tenant_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ResourceModule" SET "partnershipId" = NEW."partnershipId" WHERE "resourceId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "Resource_tenant_moved" AFTER UPDATE OF "partnershipId" ON "Resource"
  FOR EACH ROW WHEN (OLD."partnershipId" IS DISTINCT FROM NEW."partnershipId") EXECUTE FUNCTION "app_resource_tenant_moved"();

-- Full-text search (ADR 043): PostgreSQL's Norwegian configuration (Snowball), present in both
-- PostgreSQL and PGlite; title weighs most, then the summary, then the body. Curriculum and aim
-- codes go in unstemmed ('simple') so "MAT01-05" finds itself. A generated column must be
-- immutable; array_to_string is only stable in general but immutable for text[], hence the wrapper.
-- Prisma leaves an array it was not given NULL, and NULL || anything is NULL: every part is coalesced.
CREATE FUNCTION "app_resource_document"(title text, summary text, body text, curricula text[], aims text[]) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('norwegian'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('norwegian'::regconfig, coalesce(summary, '')), 'B')
      || setweight(to_tsvector('norwegian'::regconfig, coalesce(body, '')), 'C')
      || setweight(to_tsvector('simple'::regconfig, array_to_string(coalesce(curricula, '{}') || coalesce(aims, '{}'), ' ')), 'A')
$$;
DROP INDEX "Resource_searchVector_idx";
ALTER TABLE "Resource" DROP COLUMN "searchVector";
ALTER TABLE "Resource" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS ("app_resource_document"("title", "summary", "body", "curricula", "competenceAims")) STORED;
CREATE INDEX "Resource_searchVector_idx" ON "Resource" USING GIN ("searchVector");

