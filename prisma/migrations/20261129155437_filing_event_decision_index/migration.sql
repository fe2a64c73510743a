-- CreateIndex
CREATE INDEX "FilingEvent_event_at_idx" ON "FilingEvent"("event", "at");
