-- CreateEnum
CREATE TYPE "FeideOnboarding" AS ENUM ('IMMEDIATE', 'APPROVAL');

-- CreateEnum
CREATE TYPE "MembershipRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "feideOnboarding" "FeideOnboarding" NOT NULL DEFAULT 'APPROVAL';

-- CreateTable
CREATE TABLE "MembershipRequest" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "source" VARCHAR(20) NOT NULL,
    "affiliation" VARCHAR(20),
    "status" "MembershipRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "membershipId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MembershipRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MembershipRequest_membershipId_key" ON "MembershipRequest"("membershipId");

-- CreateIndex
CREATE INDEX "MembershipRequest_unitId_status_idx" ON "MembershipRequest"("unitId", "status");

-- CreateIndex
CREATE INDEX "MembershipRequest_decidedById_idx" ON "MembershipRequest"("decidedById");

-- CreateIndex
CREATE UNIQUE INDEX "MembershipRequest_userId_unitId_key" ON "MembershipRequest"("userId", "unitId");

-- AddForeignKey
ALTER TABLE "MembershipRequest" ADD CONSTRAINT "MembershipRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipRequest" ADD CONSTRAINT "MembershipRequest_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipRequest" ADD CONSTRAINT "MembershipRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MembershipRequest" ADD CONSTRAINT "MembershipRequest_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;
