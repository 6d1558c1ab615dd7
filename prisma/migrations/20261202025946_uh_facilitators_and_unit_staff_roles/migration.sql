-- The schools' own people and UH facilitators (issue 15). The new roles are only added here; no
-- statement of this migration uses them, as PostgreSQL allows within one transaction.

ALTER TYPE "Role" ADD VALUE 'TEACHER';
ALTER TYPE "Role" ADD VALUE 'KINDERGARTEN_STAFF';
ALTER TYPE "Role" ADD VALUE 'RESOURCE_TEACHER';
ALTER TYPE "Role" ADD VALUE 'UH_FACILITATOR';

-- CreateTable
CREATE TABLE "UhOrderFacilitator" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "assignedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UhOrderFacilitator_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UhOrderFacilitator_partnershipId_idx" ON "UhOrderFacilitator"("partnershipId");

-- CreateIndex
CREATE INDEX "UhOrderFacilitator_userId_idx" ON "UhOrderFacilitator"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "UhOrderFacilitator_orderId_userId_key" ON "UhOrderFacilitator"("orderId", "userId");

-- AddForeignKey
ALTER TABLE "UhOrderFacilitator" ADD CONSTRAINT "UhOrderFacilitator_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhOrderFacilitator" ADD CONSTRAINT "UhOrderFacilitator_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "UhOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhOrderFacilitator" ADD CONSTRAINT "UhOrderFacilitator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The new tenant table gets the same wall as the others (ADR 008).
ALTER TABLE "UhOrderFacilitator" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "UhOrderFacilitator" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "UhOrderFacilitator"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
