-- CreateIndex
CREATE INDEX "LoginAttempt_userId_at_idx" ON "LoginAttempt"("userId", "at");
