// The only reader of process.env: one zod schema, validated at start, failing with one readable line per bad variable.
import path from 'node:path';
import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const bool = (fallback: boolean) =>
  z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false', '1', '0'])
      .optional()
      .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1')),
  );
const int = (fallback: number, min: number, max: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int().min(min).max(max).default(fallback));

export const ConfigSchema = z.object({
  NODE_ENV: z.preprocess(emptyToUndefined, z.enum(['development', 'production', 'test']).default('development')),
  HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  PORT: int(3000, 0, 65535),
  PUBLIC_URL: z.preprocess(emptyToUndefined, z.url().optional()),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  TRUST_PROXY: bool(false),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
      .optional(),
  ),
  DATABASE_POOL_MAX: int(10, 1, 200),
  S3_ENDPOINT: z.preprocess(emptyToUndefined, z.url().optional()),
  S3_REGION: z.preprocess(emptyToUndefined, z.string().default('ap-guangzhou')),
  S3_BUCKET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a valid bucket name')
      .default('beian-materials'),
  ),
  S3_ACCESS_KEY_ID: optionalString,
  S3_SECRET_ACCESS_KEY: optionalString,
  S3_FORCE_PATH_STYLE: bool(true),
  S3_SERVER_SIDE_ENCRYPTION: z.preprocess(emptyToUndefined, z.enum(['AES256', 'aws:kms', 'none']).default('AES256')),
  SESSION_TTL_HOURS: int(12, 1, 24 * 30),
  COOKIE_SECURE: bool(false),
  /** Failed sign-ins per account (and per known device) in a window before each further try has to wait. */
  LOGIN_FREE_FAILURES: int(5, 1, 1000),
  /** The longest wait between tries for one account; the wait doubles from 5 s up to it. */
  LOGIN_MAX_DELAY_SECONDS: int(120, 1, 3600),
  /** Failed sign-ins per IP (an IPv6 /64) in a window before each further try from it has to wait. */
  LOGIN_IP_FREE_FAILURES: int(30, 1, 100_000),
  /** The longest wait between tries from one IP: short, since a whole office may share one. */
  LOGIN_IP_MAX_DELAY_SECONDS: int(30, 1, 3600),
  /** The window in which sign-in failures are counted; each key's count starts over after it. */
  LOGIN_WINDOW_MINUTES: int(15, 1, 24 * 60),
  RATE_LIMIT_PER_MINUTE: int(600, 1, 100_000),
  SEED_DEMO_DATA: bool(true),
  /** Use the built-in simulators for MIIT, the domain registry, the cloud inventory, SMS and the courier. */
  SIMULATORS: bool(true),
  /** Days after a completed SMS check at which the bureau simulator approves by itself (an admin may decide earlier). */
  SIM_BUREAU_DECISION_DAYS: int(2, 0, 60),
  /** Key for the keyed hash that lets certificate numbers be matched without storing them in clear. */
  CERT_HASH_KEY: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  /** SMTP server for email notifications (smtp:// or smtps://, credentials in the URL); unset: the mail simulator. */
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  MAIL_FROM: z.preprocess(
    emptyToUndefined,
    z.string().max(200).default('Beian Console <no-reply@beian-console.invalid>'),
  ),
  /** Run the background jobs (notification delivery, orphan collection) in this process; any number may. */
  JOBS: bool(true),
  WEB_DIST_DIR: optionalString,
});

export type Config = z.infer<typeof ConfigSchema> & {
  /** The key for certificate-number hashes (CERT_HASH_KEY, or the development key on embedded setups). */
  certHashKey: string;
  /** Absolute path of the data folder that holds the embedded database and S3 data. */
  dataDir: string;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const data = parsed.data;
  if (data.NODE_ENV === 'production' && !data.CERT_HASH_KEY && data.DATABASE_URL) {
    throw new ConfigError(['CERT_HASH_KEY="": must be set in production with a real database (32+ random characters)']);
  }
  return {
    ...data,
    // Embedded and test setups get a fixed development key; a real deployment sets its own (checked above).
    certHashKey: data.CERT_HASH_KEY ?? 'development-only-cert-hash-key-not-for-production',
    // npm runs workspace scripts inside the workspace; INIT_CWD is where the person typed `npm start`.
    dataDir: path.resolve(env.INIT_CWD ?? process.cwd(), data.DATA_DIR),
  };
}
