// The session a cookie names, with its account, in one round trip. Every signed-in request asks this before anything
// else, so it is plain SQL on the pool Prisma shares (docs/decisions/032): one join instead of two Prisma reads.
import type { Role } from '@beian/contracts';
import type { Sql } from '../../infra/db.ts';

export type SessionWithAccount = {
  id: string;
  lastSeenAt: Date;
  expiresAt: Date;
  account: { id: string; email: string; displayName: string; role: Role; active: boolean; locale: string };
};

type Row = Omit<SessionWithAccount, 'account'> & SessionWithAccount['account'] & { accountId: string };

// The password hash and the rest of the account stay in the database: the request needs who, not how they sign in.
const FIND = `
  SELECT s."id", s."lastSeenAt", s."expiresAt", a."id" AS "accountId", a."email", a."displayName", a."role",
         a."active", a."locale"
  FROM "Session" s JOIN "Account" a ON a."id" = s."accountId"
  WHERE s."tokenHash" = $1`;

export function createSessionLookup(sql: Sql) {
  return {
    async find(tokenHash: string): Promise<SessionWithAccount | null> {
      const [row] = await sql.query<Row>(FIND, [tokenHash]);
      if (!row) return null;
      const { id, lastSeenAt, expiresAt, accountId, email, displayName, role, active, locale } = row;
      return { id, lastSeenAt, expiresAt, account: { id: accountId, email, displayName, role, active, locale } };
    },
  };
}

export type SessionLookup = ReturnType<typeof createSessionLookup>;
