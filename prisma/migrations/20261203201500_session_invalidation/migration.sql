-- Each API process caches the sessions it looked up for a few seconds (docs/decisions/042). Whatever ends or changes
-- a session, or changes what the cache holds of an account, notifies the channel session_invalidation with the
-- account's id, and every process evicts that account's sessions; '*' (a TRUNCATE) empties every cache. The
-- notification is sent when the transaction commits, and not at all when it rolls back. Touching lastSeenAt alone
-- does not notify: the cache keeps its own copy of it.
CREATE FUNCTION "session_invalidation_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM pg_notify('session_invalidation', '*');
  ELSIF TG_TABLE_NAME = 'Account' THEN
    PERFORM pg_notify('session_invalidation', OLD."id"::text);
  ELSE
    PERFORM pg_notify('session_invalidation', OLD."accountId"::text);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Session_invalidation_delete"
  AFTER DELETE ON "Session"
  FOR EACH ROW EXECUTE FUNCTION "session_invalidation_notify"();

CREATE TRIGGER "Session_invalidation_update"
  AFTER UPDATE OF "tokenHash", "accountId", "expiresAt" ON "Session"
  FOR EACH ROW
  WHEN (OLD."tokenHash" IS DISTINCT FROM NEW."tokenHash"
    OR OLD."accountId" IS DISTINCT FROM NEW."accountId"
    OR OLD."expiresAt" IS DISTINCT FROM NEW."expiresAt")
  EXECUTE FUNCTION "session_invalidation_notify"();

CREATE TRIGGER "Account_invalidation_update"
  AFTER UPDATE OF "active", "role", "email", "displayName", "locale" ON "Account"
  FOR EACH ROW
  WHEN (OLD."active" IS DISTINCT FROM NEW."active"
    OR OLD."role" IS DISTINCT FROM NEW."role"
    OR OLD."email" IS DISTINCT FROM NEW."email"
    OR OLD."displayName" IS DISTINCT FROM NEW."displayName"
    OR OLD."locale" IS DISTINCT FROM NEW."locale")
  EXECUTE FUNCTION "session_invalidation_notify"();

CREATE TRIGGER "Session_invalidation_truncate"
  AFTER TRUNCATE ON "Session"
  FOR EACH STATEMENT EXECUTE FUNCTION "session_invalidation_notify"();

CREATE TRIGGER "Account_invalidation_truncate"
  AFTER TRUNCATE ON "Account"
  FOR EACH STATEMENT EXECUTE FUNCTION "session_invalidation_notify"();
