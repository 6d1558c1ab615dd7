-- CreateIndex
CREATE INDEX "UhVisit_visitedOn_createdAt_idx" ON "UhVisit"("visitedOn" DESC, "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Unit_name_idx" ON "Unit"("name");
