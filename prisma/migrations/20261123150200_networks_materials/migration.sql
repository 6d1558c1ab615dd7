-- CreateTable
CREATE TABLE "NetworkMaterial" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "networkId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "url" TEXT,
    "fileName" TEXT,
    "contentType" TEXT,
    "sizeBytes" INTEGER,
    "sha256" VARCHAR(64),
    "content" BYTEA,
    "addedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NetworkMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitStrength" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "networkId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitStrength_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NetworkMaterial_partnershipId_idx" ON "NetworkMaterial"("partnershipId");

-- CreateIndex
CREATE INDEX "NetworkMaterial_networkId_createdAt_idx" ON "NetworkMaterial"("networkId", "createdAt");

-- CreateIndex
CREATE INDEX "NetworkMaterial_addedById_idx" ON "NetworkMaterial"("addedById");

-- CreateIndex
CREATE INDEX "UnitStrength_partnershipId_idx" ON "UnitStrength"("partnershipId");

-- CreateIndex
CREATE INDEX "UnitStrength_unitId_idx" ON "UnitStrength"("unitId");

-- CreateIndex
CREATE INDEX "UnitStrength_updatedById_idx" ON "UnitStrength"("updatedById");

-- CreateIndex
CREATE UNIQUE INDEX "UnitStrength_networkId_unitId_key" ON "UnitStrength"("networkId", "unitId");

-- AddForeignKey
ALTER TABLE "NetworkMaterial" ADD CONSTRAINT "NetworkMaterial_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMaterial" ADD CONSTRAINT "NetworkMaterial_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMaterial" ADD CONSTRAINT "NetworkMaterial_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitStrength" ADD CONSTRAINT "UnitStrength_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitStrength" ADD CONSTRAINT "UnitStrength_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitStrength" ADD CONSTRAINT "UnitStrength_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitStrength" ADD CONSTRAINT "UnitStrength_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
