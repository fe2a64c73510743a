// Uploads speak to the API as the client does: the CSRF header (renewed once when stale), progress as it is sent,
// and problem+json failures as ApiError.
import { MaterialSchema } from '@beian/contracts';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, json } from '../test/fake-api.ts';
import { fakeXhr } from '../test/fake-xhr.ts';
import { material } from '../test/material-fixtures.ts';
import { ApiError } from './api-error.ts';
import { uploadWithProgress } from './upload-with-progress.ts';

const csrfProblem = { type: 'about:blank', title: 'Forbidden', status: 403, code: 'CSRF_INVALID', detail: 'stale' };

describe('uploadWithProgress', () => {
  it('reports progress, and sends again with a fresh token when the first is stale', async () => {
    let tokens = 0;
    fakeApi({ 'GET /api/auth/csrf': () => json(200, { token: `csrf-${++tokens}` }) });
    const sent = fakeXhr();
    const progress: number[] = [];
    const body = new FormData();
    body.append('kind', 'VERIFICATION_SHEET');
    const done = uploadWithProgress('/api/up', { body, schema: MaterialSchema, onProgress: (f) => progress.push(f) });

    await vi.waitFor(() => expect(sent).toHaveLength(1));
    sent[0]?.progress(0.5);
    sent[0]?.respond(403, csrfProblem);
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    const stored = material('VERIFICATION_SHEET');
    sent[1]?.respond(201, stored);

    await expect(done).resolves.toEqual(stored);
    expect(sent.map((x) => x.headers['x-csrf-token'])).toEqual(['csrf-1', 'csrf-2']);
    expect(progress).toEqual([0.5, 0]);
  });

  it('turns a refusal into an ApiError carrying the whole problem', async () => {
    fakeApi({});
    const sent = fakeXhr();
    const done = uploadWithProgress('/api/up', { body: new FormData(), schema: MaterialSchema });
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    sent[0]?.respond(413, { ...csrfProblem, status: 413, code: 'MATERIAL_TOO_LARGE', detail: 'Over 5 MB' });

    const error = await done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 413, code: 'MATERIAL_TOO_LARGE', detail: 'Over 5 MB' });
  });
});
