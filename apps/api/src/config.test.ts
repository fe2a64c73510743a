// Configuration is validated at start with one readable line per bad variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('runs on embedded defaults with nothing set', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.S3_ENDPOINT).toBeUndefined();
    expect(config.dataDir.endsWith('data')).toBe(true);
  });

  it('keeps data where `npm start` was typed, not in the workspace npm runs the script in', () => {
    expect(loadConfig({ INIT_CWD: '/srv/beian' }).dataDir).toBe('/srv/beian/data');
    expect(loadConfig({ INIT_CWD: '/srv/beian', DATA_DIR: '/var/lib/beian' }).dataDir).toBe('/var/lib/beian');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', S3_ENDPOINT: ' ' }).DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable and its value', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', COOKIE_SECURE: 'yes' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(3);
    expect(problems.find((p) => p.startsWith('PORT="eighty"'))).toBeDefined();
    expect(problems.find((p) => p.startsWith('DATABASE_URL="mysql://x"'))).toMatch(/postgresql/);
    expect(problems.find((p) => p.startsWith('COOKIE_SECURE='))).toBeDefined();
  });

  it('takes a direct database URL beside a pooled one, never alone, and checks it as a PostgreSQL URL', () => {
    const pooled = 'postgresql://app@pooler:6432/beian';
    const direct = 'postgresql://app@db:5432/beian';
    expect(loadConfig({ DATABASE_URL: pooled }).DATABASE_DIRECT_URL).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: pooled, DATABASE_DIRECT_URL: direct }).DATABASE_DIRECT_URL).toBe(direct);
    expect(loadConfig({ DATABASE_URL: pooled, DATABASE_DIRECT_URL: ' ' }).DATABASE_DIRECT_URL).toBeUndefined();
    expect(() => loadConfig({ DATABASE_DIRECT_URL: direct })).toThrow(/set DATABASE_URL as well/);
    expect(() => loadConfig({ DATABASE_URL: pooled, DATABASE_DIRECT_URL: 'db:5432' })).toThrow(ConfigError);
  });

  it('simulates every outside system in development, and none in production unless each is named', () => {
    expect([...loadConfig({}).simulated]).toEqual(['miit', 'registrar', 'cloud', 'sms', 'courier', 'mail']);
    expect(loadConfig({}).SEED_DEMO_DATA).toBe(true);
    const named = loadConfig({
      NODE_ENV: 'production',
      SIMULATORS: ' MIIT, registrar,cloud,sms,courier ',
      SMTP_URL: 'smtp://m:25',
    });
    expect([...named.simulated]).toEqual(['miit', 'registrar', 'cloud', 'sms', 'courier']);
    expect(named.SEED_DEMO_DATA).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    // With SMTP_URL set, email goes out for real even where the mail simulator is named.
    expect(loadConfig({ SMTP_URL: 'smtp://m:25' }).simulated.has('mail')).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', SIMULATORS: 'all' })).toThrow(/name each simulator/);
  });

  it('names every system that is neither simulated nor has its production adapter', () => {
    let error: unknown;
    try {
      loadConfig({ SIMULATORS: 'miit,registrar,cloud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems[0]).toMatch(/^SIMULATORS="miit,registrar,cloud": sms \(SMS gateway\), courier \(courier\) have no/);
    expect(problems[1]).toMatch(/^SMTP_URL="": mail \(email\) is not simulated/);
  });
});
