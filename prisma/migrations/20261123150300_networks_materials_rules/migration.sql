-- Rules for network materials and unit strengths (issue 7), written by hand.

ALTER TABLE "NetworkMaterial" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "NetworkMaterial" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "NetworkMaterial"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "UnitStrength" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "UnitStrength" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "UnitStrength"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

-- A material is either a link or a whole file, never both and never neither.
ALTER TABLE "NetworkMaterial" ADD CONSTRAINT "NetworkMaterial_kind_check" CHECK (
  ("url" IS NOT NULL AND "fileName" IS NULL AND "content" IS NULL AND "contentType" IS NULL AND "sizeBytes" IS NULL AND "sha256" IS NULL)
  OR ("url" IS NULL AND "fileName" IS NOT NULL AND "content" IS NOT NULL AND "contentType" IS NOT NULL AND "sizeBytes" = octet_length("content") AND "sha256" IS NOT NULL)
);
ALTER TABLE "NetworkMaterial" ADD CONSTRAINT "NetworkMaterial_url_check" CHECK ("url" IS NULL OR "url" ~ '^https://');
ALTER TABLE "NetworkMaterial" ADD CONSTRAINT "NetworkMaterial_title_check" CHECK (length(btrim("title")) > 0);
ALTER TABLE "UnitStrength" ADD CONSTRAINT "UnitStrength_text_check" CHECK (length(btrim("text")) > 0);

-- A strength belongs to a member unit of the network, in the network's tenant.
CREATE FUNCTION "unit_strength_member_unit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "NetworkUnit" nu WHERE nu."networkId" = NEW."networkId" AND nu."unitId" = NEW."unitId" AND nu."partnershipId" = NEW."partnershipId"
  ) THEN
    RAISE EXCEPTION 'only a member unit of the network has a strength there' USING ERRCODE = 'check_violation', CONSTRAINT = 'UnitStrength_member_unit';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "UnitStrength_member_unit" BEFORE INSERT OR UPDATE OF "networkId", "unitId", "partnershipId" ON "UnitStrength"
  FOR EACH ROW EXECUTE FUNCTION "unit_strength_member_unit"();
