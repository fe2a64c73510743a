// Cross-cutting behaviour: problem+json errors, role guards, health and readiness, the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { createDb } from '../src/infra/db.ts';
import { createClient, signedInClient } from './helpers/http-client.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('problem+json errors', () => {
  it('answers malformed JSON with a 400 problem', async () => {
    const c = createClient(t.app);
    const res = await c.post('/api/auth/login', '{"email": "a@b.cn",', {
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 400, code: 'MALFORMED_JSON', requestId: res.headers['x-request-id'] });
  });

  it('lists every invalid and unknown field', async () => {
    const c = createClient(t.app);
    const res = await c.post('/api/auth/register', {
      email: 'not-an-email',
      password: 'short',
      displayName: 'X',
      role: 'ADMIN',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    const paths = body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['email', 'password', 'role']);
    expect(body.errors.find((e: { path: string }) => e.path === 'password').message).toMatch(/10 characters/);
    // Nobody got an admin account by sending an extra field.
    expect(await t.db.account.count({ where: { email: 'not-an-email' } })).toBe(0);
  });

  it('answers an unknown API path with a 404 problem', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    const csp = String(res.headers['content-security-policy']);
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives.get('default-src')).toBe("'self'");
    // pdf.js's worker is a script of our own origin; nothing is framed or embedded, and nothing is eval'd.
    expect(directives.get('worker-src')).toBe("'self'");
    expect(directives.get('frame-src')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});

describe('role guards', () => {
  it('keeps applicants out of reviewer routes and lets reviewers in', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/review/dashboard' });
    expect(anonymous.statusCode).toBe(401);

    const applicant = await signedInClient(t.app, t.db, 'APPLICANT');
    const refused = await applicant.client.get('/api/review/dashboard');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('FORBIDDEN');

    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    const ok = await reviewer.client.get('/api/review/dashboard');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({
      queues: { initial: 0, second: 0 },
      overdue: 0,
      bureau: { sms: 0, smsFailed: 0, review: 0, overdue: 0 },
      decisionsToday: { day: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), total: 0, byReviewer: [] },
      // The test clock's 30 November 2026: the built-in data covers 2026 but not yet 2027.
      calendar: { currentYear: 2026, nextYear: 2027, coveredThrough: 2026, warn: true },
    });
  });

  it('keeps reviewers out of the audit log and lets admins in', async () => {
    const reviewer = await signedInClient(t.app, t.db, 'REVIEWER');
    expect((await reviewer.client.get('/api/admin/audit-log')).statusCode).toBe(403);
    const admin = await signedInClient(t.app, t.db, 'ADMIN');
    await t.db.auditLog.create({
      data: { actorId: admin.account.id, action: 'ROLE_CHANGED', targetType: 'Account', at: t.app.clock.now() },
    });
    const res = await admin.client.get('/api/admin/audit-log?limit=5');
    expect(res.statusCode).toBe(200);
    expect(res.json().entries[0]).toMatchObject({ action: 'ROLE_CHANGED', actor: { id: admin.account.id } });
  });
});

describe('health', () => {
  it('is live and ready with the database and storage up', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks).toEqual({ database: 'ok', storage: 'ok' });
  });

  it('reports not ready when the database is unreachable', async () => {
    // Port 9 (discard) on loopback: nothing listens, so every connection is refused.
    const deadDb = createDb('postgresql://postgres@127.0.0.1:9/none', 1);
    const app = await buildApp({ config: t.config, db: deadDb, storage: t.storage });
    try {
      const res = await app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', checks: { database: 'fail', storage: 'ok' } });
    } finally {
      await app.close();
      await deadDb.$disconnect();
    }
  });
});

describe('OpenAPI', () => {
  it('documents the routes from their schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.properties).toHaveProperty(
      'email',
    );
    expect(doc.paths['/api/review/dashboard'].get.responses).toHaveProperty('403');
  });
});
