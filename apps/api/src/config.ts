// The only reader of process.env: one zod schema, validated at start, failing with one readable line per bad variable.
import path from 'node:path';
import { z } from 'zod';
import {
  isOutsideSystem,
  OUTSIDE_SYSTEM_LABELS,
  OUTSIDE_SYSTEMS,
  type OutsideSystem,
  productionAdapterNeeds,
} from './adapters/outside-systems.ts';

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

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL');

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
  DATABASE_URL: z.preprocess(emptyToUndefined, postgresUrl.optional()),
  // Straight to PostgreSQL, where DATABASE_URL goes through a pooler in transaction mode: the migrations' lock and
  // the session cache's LISTEN last a whole connection, which such a pooler does not keep for one client.
  DATABASE_DIRECT_URL: z.preprocess(emptyToUndefined, postgresUrl.optional()),
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
  /** Requests per IP (an IPv6 /64) per minute, across all API processes together. */
  RATE_LIMIT_PER_MINUTE: int(600, 1, 100_000_000),
  /** Create the demo accounts in an empty database. Unset: yes in development, no in production. */
  SEED_DEMO_DATA: z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false', '1', '0'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  ),
  /**
   * Which outside systems run on the built-in simulators: `true`/`all`, `false`/`none`, or names
   * (miit, registrar, cloud, sms, courier, mail). Unset: all in development, none in production.
   */
  SIMULATORS: z.preprocess(emptyToUndefined, z.string().trim().toLowerCase().optional()),
  /**
   * Working days after a completed SMS check at which the bureau simulator approves by itself (an admin may decide
   * earlier on the simulator page). 0: SIM_BUREAU_DECISION_MINUTES minutes instead, so a demo sees the decision.
   */
  SIM_BUREAU_DECISION_DAYS: int(0, 0, 60),
  SIM_BUREAU_DECISION_MINUTES: int(10, 1, 100_000),
  /**
   * Book due curtain requests with the courier's API by itself (the curtain.dispatch job). Off: the admin dispatches
   * by hand from the curtain desk, exporting the batch for the courier's bulk order and importing the tracking numbers.
   */
  CURTAIN_AUTO_DISPATCH: bool(false),
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

export type Config = Omit<z.infer<typeof ConfigSchema>, 'SEED_DEMO_DATA' | 'SIMULATORS'> & {
  SEED_DEMO_DATA: boolean;
  /** The outside systems that run on their simulator; every other one runs on its production adapter. */
  simulated: ReadonlySet<OutsideSystem>;
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
  const production = data.NODE_ENV === 'production';
  if (production && !data.CERT_HASH_KEY && data.DATABASE_URL) {
    throw new ConfigError(['CERT_HASH_KEY="": must be set in production with a real database (32+ random characters)']);
  }
  if (data.DATABASE_DIRECT_URL && !data.DATABASE_URL) {
    throw new ConfigError([
      'DATABASE_DIRECT_URL: set without DATABASE_URL. It is the direct way to the PostgreSQL that DATABASE_URL reaches ' +
        'through a pooler; set DATABASE_URL as well.',
    ]);
  }
  const simulated = simulatedSystems(data.SIMULATORS, production, data);
  return {
    ...data,
    // A demo is never what an operator gets by accident: production creates demo accounts only when asked.
    SEED_DEMO_DATA: data.SEED_DEMO_DATA ?? !production,
    simulated,
    // Embedded and test setups get a fixed development key; a real deployment sets its own (checked above).
    certHashKey: data.CERT_HASH_KEY ?? 'development-only-cert-hash-key-not-for-production',
    // npm runs workspace scripts inside the workspace; INIT_CWD is where the person typed `npm start`.
    dataDir: path.resolve(env.INIT_CWD ?? process.cwd(), data.DATA_DIR),
  };
}

const ALL_NAMES = OUTSIDE_SYSTEMS.join(',');

/**
 * Reads SIMULATORS. Production runs no simulator unless each one is named (`true` is not enough there), and every
 * system left unsimulated must have a production adapter: the console refuses to start and names what is missing.
 */
function simulatedSystems(
  raw: string | undefined,
  production: boolean,
  env: { SMTP_URL?: string },
): ReadonlySet<OutsideSystem> {
  const shown = `SIMULATORS=${JSON.stringify(raw ?? '')}`;
  let simulated: Set<OutsideSystem>;
  if (raw === undefined) simulated = new Set(production ? [] : OUTSIDE_SYSTEMS);
  else if (raw === 'false' || raw === '0' || raw === 'none') simulated = new Set();
  else if (raw === 'true' || raw === '1' || raw === 'all') {
    if (production) {
      throw new ConfigError([
        `${shown}: in production, name each simulator you accept (SIMULATORS=${ALL_NAMES}); ` +
          'simulated systems never reach MIIT, the registries, a real SMS gateway or a courier.',
      ]);
    }
    simulated = new Set(OUTSIDE_SYSTEMS);
  } else {
    const names = raw.split(',').map((n) => n.trim());
    const unknown = names.filter((n) => !isOutsideSystem(n));
    if (unknown.length > 0) {
      throw new ConfigError([
        `${shown}: unknown simulator ${unknown.map((n) => `"${n}"`).join(', ')}; the simulators are ${ALL_NAMES} ` +
          '(or true/all, false/none).',
      ]);
    }
    simulated = new Set(names.filter(isOutsideSystem));
  }

  const problems: string[] = [];
  const withoutAdapter = OUTSIDE_SYSTEMS.filter((s) => !simulated.has(s) && productionAdapterNeeds(s, env) === null);
  if (withoutAdapter.length > 0) {
    problems.push(
      `${shown}: ${withoutAdapter.map((s) => `${s} (${OUTSIDE_SYSTEM_LABELS[s]})`).join(', ')} ` +
        `${withoutAdapter.length === 1 ? 'has' : 'have'} no production adapter (no public API exists); ` +
        `name ${withoutAdapter.length === 1 ? 'it' : 'them'} in SIMULATORS to run on the simulators.`,
    );
  }
  for (const system of OUTSIDE_SYSTEMS) {
    const needs = simulated.has(system) ? 'ready' : productionAdapterNeeds(system, env);
    if (needs !== null && needs !== 'ready') {
      problems.push(
        `${needs}="": ${system} (${OUTSIDE_SYSTEM_LABELS[system]}) is not simulated, so its production adapter needs ` +
          `${needs}; set it, or name ${system} in SIMULATORS.`,
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  // A real adapter that is ready wins over its simulator (SMTP_URL set: email goes out), so the set says what runs.
  for (const system of simulated) if (productionAdapterNeeds(system, env) === 'ready') simulated.delete(system);
  return simulated;
}
