import 'dotenv/config';
import { defineConfig } from 'prisma/config';

// Prisma 7 reads its datasource URL here, not from schema.prisma. Only the official CLI uses this file;
// the project's own scripts (scripts/db) take DATABASE_URL from the environment.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_DIRECT_URL || process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres',
  },
});
