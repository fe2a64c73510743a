-- A review queue's counts are kept in each API process with the snapshot they were read in (docs/decisions/055).
-- Every transaction that changes what they count (a filing entering, leaving or moving within INITIAL_REVIEW or
-- SECOND_REVIEW: its status, province, nature, type or due time) leaves its transaction id here, once. A later page
-- reads the counts afresh only when a row here was not visible to the kept snapshot: a change committed since.
-- Claims, renewals and edits outside the two queues leave nothing. Rows only ever added: no two transactions wait for
-- each other here.

-- CreateTable
CREATE TABLE "ReviewQueueChange" (
    "xid" BIGINT NOT NULL,

    CONSTRAINT "ReviewQueueChange_pkey" PRIMARY KEY ("xid")
);

CREATE FUNCTION "review_queue_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ReviewQueueChange" ("xid") VALUES (pg_current_xact_id()::text::bigint) ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Filing_review_queue_insert"
  AFTER INSERT ON "Filing"
  FOR EACH ROW
  WHEN (NEW."status" IN ('INITIAL_REVIEW', 'SECOND_REVIEW'))
  EXECUTE FUNCTION "review_queue_change"();

CREATE TRIGGER "Filing_review_queue_update"
  AFTER UPDATE OF "status", "province", "nature", "type", "slaDueAt" ON "Filing"
  FOR EACH ROW
  WHEN ((OLD."status" IN ('INITIAL_REVIEW', 'SECOND_REVIEW') OR NEW."status" IN ('INITIAL_REVIEW', 'SECOND_REVIEW'))
    AND (OLD."status" IS DISTINCT FROM NEW."status"
      OR OLD."province" IS DISTINCT FROM NEW."province"
      OR OLD."nature" IS DISTINCT FROM NEW."nature"
      OR OLD."type" IS DISTINCT FROM NEW."type"
      OR OLD."slaDueAt" IS DISTINCT FROM NEW."slaDueAt"))
  EXECUTE FUNCTION "review_queue_change"();

CREATE TRIGGER "Filing_review_queue_delete"
  AFTER DELETE ON "Filing"
  FOR EACH ROW
  WHEN (OLD."status" IN ('INITIAL_REVIEW', 'SECOND_REVIEW'))
  EXECUTE FUNCTION "review_queue_change"();

CREATE TRIGGER "Filing_review_queue_truncate"
  AFTER TRUNCATE ON "Filing"
  FOR EACH STATEMENT EXECUTE FUNCTION "review_queue_change"();
