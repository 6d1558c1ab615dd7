-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('COUNTY_GOVERNOR', 'MUNICIPALITY', 'COUNTY_MUNICIPALITY', 'PRIVATE_OWNER', 'UNIVERSITY', 'MEMBER_ORGANISATION', 'PLATFORM');

-- CreateEnum
CREATE TYPE "MemberOrganisationType" AS ENUM ('KS', 'UNION', 'PBL', 'PARENTS_COMMITTEE', 'EMPLOYERS', 'OTHER');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('SCHOOL', 'KINDERGARTEN');

-- CreateEnum
CREATE TYPE "SchoolLevel" AS ENUM ('KINDERGARTEN', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY');

-- CreateEnum
CREATE TYPE "WrittenLanguage" AS ENUM ('NB', 'NN');

-- CreateEnum
CREATE TYPE "PartnershipKind" AS ENUM ('COMPETENCE_REGION', 'COUNTY_WIDE');

-- CreateEnum
CREATE TYPE "Representation" AS ENUM ('SCHOOL_OWNER', 'UNIVERSITY', 'KS', 'UNION', 'PBL', 'PARENTS', 'COUNTY_GOVERNOR', 'OTHER');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('CONSENSUS', 'VOTE');

-- CreateEnum
CREATE TYPE "NetworkType" AS ENUM ('LOCAL', 'REGIONAL', 'LEADER', 'SUBJECT');

-- CreateEnum
CREATE TYPE "NetworkRole" AS ENUM ('COORDINATOR', 'PRINCIPAL', 'RESOURCE_TEACHER', 'UH_FACILITATOR', 'PARTICIPANT');

-- CreateEnum
CREATE TYPE "GrantYearStatus" AS ENUM ('OPEN', 'ALLOCATED', 'CLOSED');

-- CreateEnum
CREATE TYPE "MeasureLevel" AS ENUM ('UNIT', 'LOCAL_NETWORK', 'REGIONAL_NETWORK', 'LEADER_NETWORK');

-- CreateEnum
CREATE TYPE "MeasureStatus" AS ENUM ('PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Theme" AS ENUM ('READING', 'EARLY_INTERVENTION', 'INCLUSIVE_ENVIRONMENT', 'NEW_CURRICULUM', 'SAMI_DIVERSITY', 'TRANSITIONS', 'ICT', 'MATHEMATICS', 'LEADERSHIP', 'PLC');

-- CreateEnum
CREATE TYPE "SectorGoal" AS ENUM ('LEARNING_ENVIRONMENT', 'BASIC_SKILLS', 'COMPLETION');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PLATFORM_ADMIN', 'COUNTY_GOVERNOR_STAFF', 'FORUM_SECRETARIAT', 'FORUM_MEMBER', 'UNIVERSITY_PARTNER', 'SCHOOL_OWNER', 'PRINCIPAL', 'KINDERGARTEN_HEAD');

-- CreateTable
CREATE TABLE "CountyGovernorOffice" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CountyGovernorOffice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "County" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" VARCHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "nameNn" TEXT,
    "governorOfficeId" UUID NOT NULL,

    CONSTRAINT "County_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" VARCHAR(4) NOT NULL,
    "name" TEXT NOT NULL,
    "countyId" UUID NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "OrganisationKind" NOT NULL,
    "memberType" "MemberOrganisationType",
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "orgNumber" VARCHAR(9),
    "municipalityId" UUID,
    "countyId" UUID,
    "governorOfficeId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "orgNumber" VARCHAR(9) NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "levels" "SchoolLevel"[],
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "ownerId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "pupilCount" INTEGER NOT NULL DEFAULT 0,
    "staffFteCenti" INTEGER NOT NULL DEFAULT 0,
    "writtenLanguage" "WrittenLanguage" NOT NULL DEFAULT 'NB',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnershipKind" NOT NULL DEFAULT 'COMPETENCE_REGION',
    "countyId" UUID NOT NULL,
    "governorOfficeId" UUID NOT NULL,
    "description" TEXT,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipOwner" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "joinedOn" DATE NOT NULL,
    "leftOn" DATE,

    CONSTRAINT "PartnershipOwner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipUniversity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "universityId" UUID NOT NULL,

    CONSTRAINT "PartnershipUniversity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Forum" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "mandate" TEXT,
    "establishedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Forum_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumMember" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "forumId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "userId" UUID,
    "personName" TEXT NOT NULL,
    "representation" "Representation" NOT NULL,
    "isDeputy" BOOLEAN NOT NULL DEFAULT false,
    "votingRight" BOOLEAN NOT NULL DEFAULT true,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE,

    CONSTRAINT "ForumMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "forumId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "videoUrl" TEXT,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PLANNED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "forumId" UUID NOT NULL,
    "agendaItemId" UUID,
    "reference" TEXT NOT NULL,
    "decidedOn" DATE NOT NULL,
    "proposal" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "text" TEXT NOT NULL,
    "exemptFromPublic" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Network" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "NetworkType" NOT NULL,
    "municipalityId" UUID,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkUnit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "networkId" UUID NOT NULL,
    "unitId" UUID NOT NULL,

    CONSTRAINT "NetworkUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NetworkMember" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "networkId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "NetworkRole" NOT NULL,

    CONSTRAINT "NetworkMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrantYear" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "stateAmountOre" BIGINT NOT NULL,
    "coFinancingBp" INTEGER NOT NULL DEFAULT 3000,
    "status" "GrantYearStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrantYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "grantYearId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "computedOre" BIGINT NOT NULL,
    "adjustedOre" BIGINT NOT NULL,
    "adjustReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Award" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "grantYearId" UUID NOT NULL,
    "recipientId" UUID NOT NULL,
    "decisionId" UUID,
    "amountOre" BIGINT NOT NULL,
    "awardedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "grantYearId" UUID,
    "universityId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "level" "MeasureLevel" NOT NULL,
    "status" "MeasureStatus" NOT NULL DEFAULT 'PLANNED',
    "themes" "Theme"[],
    "sectorGoals" "SectorGoal"[],
    "startsOn" DATE,
    "endsOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureUnit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "unitId" UUID NOT NULL,

    CONSTRAINT "MeasureUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "email" TEXT,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "locale" VARCHAR(2) NOT NULL DEFAULT 'nb',
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "sessionToken" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" UUID,
    "unitId" UUID,
    "partnershipId" UUID,
    "startsOn" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "partnershipId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "data" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CountyGovernorOffice_code_key" ON "CountyGovernorOffice"("code");

-- CreateIndex
CREATE UNIQUE INDEX "County_number_key" ON "County"("number");

-- CreateIndex
CREATE INDEX "County_governorOfficeId_idx" ON "County"("governorOfficeId");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_number_key" ON "Municipality"("number");

-- CreateIndex
CREATE INDEX "Municipality_countyId_idx" ON "Municipality"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_orgNumber_key" ON "Organisation"("orgNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_municipalityId_key" ON "Organisation"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_governorOfficeId_key" ON "Organisation"("governorOfficeId");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "Organisation_countyId_idx" ON "Organisation"("countyId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_orgNumber_key" ON "Unit"("orgNumber");

-- CreateIndex
CREATE INDEX "Unit_ownerId_idx" ON "Unit"("ownerId");

-- CreateIndex
CREATE INDEX "Unit_municipalityId_idx" ON "Unit"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Partnership_slug_key" ON "Partnership"("slug");

-- CreateIndex
CREATE INDEX "Partnership_countyId_idx" ON "Partnership"("countyId");

-- CreateIndex
CREATE INDEX "Partnership_governorOfficeId_idx" ON "Partnership"("governorOfficeId");

-- CreateIndex
CREATE INDEX "PartnershipOwner_ownerId_idx" ON "PartnershipOwner"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnershipOwner_partnershipId_ownerId_key" ON "PartnershipOwner"("partnershipId", "ownerId");

-- CreateIndex
CREATE INDEX "PartnershipUniversity_universityId_idx" ON "PartnershipUniversity"("universityId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnershipUniversity_partnershipId_universityId_key" ON "PartnershipUniversity"("partnershipId", "universityId");

-- CreateIndex
CREATE INDEX "Forum_partnershipId_idx" ON "Forum"("partnershipId");

-- CreateIndex
CREATE INDEX "ForumMember_partnershipId_idx" ON "ForumMember"("partnershipId");

-- CreateIndex
CREATE INDEX "ForumMember_forumId_idx" ON "ForumMember"("forumId");

-- CreateIndex
CREATE INDEX "ForumMember_organisationId_idx" ON "ForumMember"("organisationId");

-- CreateIndex
CREATE INDEX "ForumMember_userId_idx" ON "ForumMember"("userId");

-- CreateIndex
CREATE INDEX "Meeting_partnershipId_startsAt_idx" ON "Meeting"("partnershipId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_forumId_idx" ON "Meeting"("forumId");

-- CreateIndex
CREATE INDEX "AgendaItem_partnershipId_idx" ON "AgendaItem"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_meetingId_position_key" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_agendaItemId_key" ON "Decision"("agendaItemId");

-- CreateIndex
CREATE INDEX "Decision_partnershipId_decidedOn_idx" ON "Decision"("partnershipId", "decidedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_forumId_reference_key" ON "Decision"("forumId", "reference");

-- CreateIndex
CREATE INDEX "Network_partnershipId_idx" ON "Network"("partnershipId");

-- CreateIndex
CREATE INDEX "Network_municipalityId_idx" ON "Network"("municipalityId");

-- CreateIndex
CREATE INDEX "NetworkUnit_partnershipId_idx" ON "NetworkUnit"("partnershipId");

-- CreateIndex
CREATE INDEX "NetworkUnit_unitId_idx" ON "NetworkUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkUnit_networkId_unitId_key" ON "NetworkUnit"("networkId", "unitId");

-- CreateIndex
CREATE INDEX "NetworkMember_partnershipId_idx" ON "NetworkMember"("partnershipId");

-- CreateIndex
CREATE INDEX "NetworkMember_userId_idx" ON "NetworkMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "NetworkMember_networkId_userId_key" ON "NetworkMember"("networkId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "GrantYear_partnershipId_year_key" ON "GrantYear"("partnershipId", "year");

-- CreateIndex
CREATE INDEX "Allocation_partnershipId_idx" ON "Allocation"("partnershipId");

-- CreateIndex
CREATE INDEX "Allocation_ownerId_idx" ON "Allocation"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "Allocation_grantYearId_ownerId_key" ON "Allocation"("grantYearId", "ownerId");

-- CreateIndex
CREATE INDEX "Award_partnershipId_idx" ON "Award"("partnershipId");

-- CreateIndex
CREATE INDEX "Award_grantYearId_idx" ON "Award"("grantYearId");

-- CreateIndex
CREATE INDEX "Award_recipientId_idx" ON "Award"("recipientId");

-- CreateIndex
CREATE INDEX "Award_decisionId_idx" ON "Award"("decisionId");

-- CreateIndex
CREATE INDEX "Measure_partnershipId_idx" ON "Measure"("partnershipId");

-- CreateIndex
CREATE INDEX "Measure_grantYearId_idx" ON "Measure"("grantYearId");

-- CreateIndex
CREATE INDEX "Measure_universityId_idx" ON "Measure"("universityId");

-- CreateIndex
CREATE INDEX "MeasureUnit_partnershipId_idx" ON "MeasureUnit"("partnershipId");

-- CreateIndex
CREATE INDEX "MeasureUnit_unitId_idx" ON "MeasureUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "MeasureUnit_measureId_unitId_key" ON "MeasureUnit"("measureId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE INDEX "Membership_unitId_idx" ON "Membership"("unitId");

-- CreateIndex
CREATE INDEX "Membership_partnershipId_idx" ON "Membership"("partnershipId");

-- CreateIndex
CREATE INDEX "AuditLog_partnershipId_at_idx" ON "AuditLog"("partnershipId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_actorUserId_idx" ON "AuditLog"("actorUserId");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- AddForeignKey
ALTER TABLE "County" ADD CONSTRAINT "County_governorOfficeId_fkey" FOREIGN KEY ("governorOfficeId") REFERENCES "CountyGovernorOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_governorOfficeId_fkey" FOREIGN KEY ("governorOfficeId") REFERENCES "CountyGovernorOffice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_governorOfficeId_fkey" FOREIGN KEY ("governorOfficeId") REFERENCES "CountyGovernorOffice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipOwner" ADD CONSTRAINT "PartnershipOwner_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipOwner" ADD CONSTRAINT "PartnershipOwner_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipUniversity" ADD CONSTRAINT "PartnershipUniversity_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipUniversity" ADD CONSTRAINT "PartnershipUniversity_universityId_fkey" FOREIGN KEY ("universityId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumMember" ADD CONSTRAINT "ForumMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Network" ADD CONSTRAINT "Network_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Network" ADD CONSTRAINT "Network_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkUnit" ADD CONSTRAINT "NetworkUnit_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkUnit" ADD CONSTRAINT "NetworkUnit_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkUnit" ADD CONSTRAINT "NetworkUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMember" ADD CONSTRAINT "NetworkMember_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMember" ADD CONSTRAINT "NetworkMember_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NetworkMember" ADD CONSTRAINT "NetworkMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrantYear" ADD CONSTRAINT "GrantYear_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_grantYearId_fkey" FOREIGN KEY ("grantYearId") REFERENCES "GrantYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_grantYearId_fkey" FOREIGN KEY ("grantYearId") REFERENCES "GrantYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_grantYearId_fkey" FOREIGN KEY ("grantYearId") REFERENCES "GrantYear"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_universityId_fkey" FOREIGN KEY ("universityId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureUnit" ADD CONSTRAINT "MeasureUnit_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureUnit" ADD CONSTRAINT "MeasureUnit_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureUnit" ADD CONSTRAINT "MeasureUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;
