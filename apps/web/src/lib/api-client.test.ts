// The API client's contract with the server: problem+json becomes ApiError, and a stale CSRF token is renewed once.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fakeApi, json, noContent, problem } from '../test/fake-api.ts';
import { apiClient } from './api-client.ts';
import { ApiError } from './api-error.ts';

describe('apiClient', () => {
  it('turns problem+json into an ApiError with code, detail, request id, field errors and Retry-After', async () => {
    fakeApi({
      'POST /api/things': () =>
        problem(429, 'RATE_LIMITED', {
          detail: 'Slow down.',
          errors: [{ path: 'name', message: 'Too long.' }],
          headers: { 'retry-after': '30' },
        }),
    });
    const error = await apiClient.post('/api/things', { body: {} }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      detail: 'Slow down.',
      requestId: 'req-test-1',
      fieldErrors: [{ path: 'name', message: 'Too long.' }],
      retryAfterSeconds: 30,
    });
  });

  it('fetches a fresh CSRF token and retries once when the server says the token is invalid', async () => {
    let tokens = 0;
    const api = fakeApi({
      'GET /api/auth/csrf': () => json(200, { token: `csrf-${++tokens}` }),
      'POST /api/things': (request) =>
        request.headers.get('x-csrf-token') === 'csrf-2' ? noContent() : problem(403, 'CSRF_INVALID'),
    });
    await apiClient.post('/api/things', { body: {} });

    expect(api.to('POST /api/things').map((r) => r.headers.get('x-csrf-token'))).toEqual(['csrf-1', 'csrf-2']);
  });

  it('does not retry other refusals', async () => {
    const api = fakeApi({ 'POST /api/things': () => problem(403, 'FORBIDDEN') });
    await expect(apiClient.post('/api/things')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(api.to('POST /api/things')).toHaveLength(1);
  });

  it('names a gateway error page without problem+json as the service being unavailable', async () => {
    fakeApi({
      'GET /api/things': () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    });
    await expect(apiClient.get('/api/things')).rejects.toMatchObject({ status: 502, code: 'SERVICE_UNAVAILABLE' });
  });

  it('sends no CSRF token with reads', async () => {
    const api = fakeApi({ 'GET /api/things': () => json(200, {}) });
    await apiClient.get('/api/things');
    expect(api.to('GET /api/things')[0]?.headers.has('x-csrf-token')).toBe(false);
    expect(api.to('GET /api/auth/csrf')).toHaveLength(0);
  });

  it('loads a schema given as a loader only once the answer has arrived, and reads the answer with it', async () => {
    const events: string[] = [];
    fakeApi({
      'GET /api/things': () => {
        events.push('answered');
        return json(200, { count: 3 });
      },
    });
    const schema = async () => {
      events.push('schema loaded');
      return z.object({ count: z.number() });
    };

    await expect(apiClient.get('/api/things', { schema })).resolves.toEqual({ count: 3 });
    expect(events).toEqual(['answered', 'schema loaded']);
  });

  it('fails a loaded schema that refuses the answer', async () => {
    fakeApi({ 'GET /api/things': () => json(200, { count: 'three' }) });
    const schema = async () => z.object({ count: z.number() });
    await expect(apiClient.get('/api/things', { schema })).rejects.toBeInstanceOf(z.ZodError);
  });

  it('reads a 204 as nothing without loading the schema, and still fails on a refusal', async () => {
    let loads = 0;
    const schema = async () => {
      loads++;
      return z.object({ id: z.string() });
    };
    fakeApi({ 'GET /api/session': () => noContent() });
    await expect(apiClient.getOptional('/api/session', { schema })).resolves.toBeUndefined();
    expect(loads).toBe(0);

    fakeApi({ 'GET /api/session': () => problem(403, 'FORBIDDEN') });
    await expect(apiClient.getOptional('/api/session', { schema })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    fakeApi({ 'GET /api/session': () => json(200, { id: 'a1' }) });
    await expect(apiClient.getOptional('/api/session', { schema })).resolves.toEqual({ id: 'a1' });
    expect(loads).toBe(1);
  });
});
