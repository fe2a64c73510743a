import {
  AccountSchema,
  FilingDetailSchema,
  FilingListSchema,
  ReviewerRefSchema,
  ReviewFilingDetailSchema,
  ReviewQueueSchema,
} from '@beian/contracts';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import * as zodCore from 'zod/v4/core';
import { keptAnswer } from '../lib/kept-answer.ts';
import { parsesAsItEncodes, responseSerializer } from './response-serializer.ts';

// zod's parse passed through as it is, so a test can tell which way an answer was checked.
vi.mock('zod/v4/core', async (actual) => {
  const core = await actual<typeof import('zod/v4/core')>();
  return { ...core, safeParse: vi.fn(core.safeParse) };
});
afterEach(() => vi.mocked(zodCore.safeParse).mockClear());

const serialize = (schema: z.ZodType, data: unknown) =>
  responseSerializer({ schema, method: 'GET', url: '/x', httpStatus: '200' })(data);

describe('the response serializer', () => {
  it('writes only the fields the schema names', () => {
    const schema = z.object({ id: z.string(), name: z.string().nullable() });
    const json = serialize(schema, { id: 'a', name: null, certNumber: '440305198803121313' });
    expect(JSON.parse(json)).toEqual({ id: 'a', name: null });
  });

  it('checks and writes a kept answer once per route, and any other answer every time', () => {
    const write = responseSerializer({
      schema: z.object({ id: z.string() }),
      method: 'GET',
      url: '/x',
      httpStatus: '200',
    });
    const answer = { id: 'a', certNumber: '440305198803121313' };
    const kept = keptAnswer({ ...answer });
    expect([write(kept), write(kept)]).toEqual(['{"id":"a"}', '{"id":"a"}']);
    expect(zodCore.safeParse).toHaveBeenCalledTimes(1);
    expect([write(answer), write(answer)]).toEqual(['{"id":"a"}', '{"id":"a"}']);
    expect(zodCore.safeParse).toHaveBeenCalledTimes(3);
    // Another route's serializer checks the same kept answer against its own schema.
    expect(() => serialize(z.object({ id: z.number() }), kept)).toThrowError(ResponseSerializationError);
  });

  it('refuses a kept answer its schema does not describe, every time', () => {
    const write = responseSerializer({
      schema: z.object({ id: z.uuid() }),
      method: 'GET',
      url: '/x',
      httpStatus: '200',
    });
    const kept = keptAnswer({ id: 'not-a-uuid' });
    expect(() => write(kept)).toThrowError(ResponseSerializationError);
    expect(() => write(kept)).toThrowError(ResponseSerializationError);
  });

  it('refuses an answer its schema does not describe, instead of writing it', () => {
    const schema = z.object({ at: z.iso.datetime() });
    expect(() => serialize(schema, { at: 'yesterday' })).toThrowError(ResponseSerializationError);
  });

  it('runs a schema with a conversion backwards, as encoding does', () => {
    const at = z.codec(z.iso.datetime(), z.date(), {
      decode: (text) => new Date(text),
      encode: (date) => date.toISOString(),
    });
    const json = serialize(z.object({ at }), { at: new Date('2026-12-07T02:00:00Z') });
    expect(JSON.parse(json)).toEqual({ at: '2026-12-07T02:00:00.000Z' });
    expect(zodCore.safeParse).not.toHaveBeenCalled();
  });

  it('checks a schema that reads the same both ways with the compiled parse', () => {
    const json = serialize(ReviewerRefSchema, { id: '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b11', displayName: '审核员' });
    expect(JSON.parse(json)).toEqual({ id: '0b6c3f5e-8d0f-4a43-9d7e-3f1f0d6a2b11', displayName: '审核员' });
    expect(zodCore.safeParse).toHaveBeenCalledTimes(1);
  });

  it('parses only schemas that give the same answer both ways', () => {
    expect(parsesAsItEncodes(z.object({ a: z.array(z.union([z.string(), z.null()])).optional() }))).toBe(true);
    expect(parsesAsItEncodes(z.object({ email: z.string().trim().pipe(z.email()) }))).toBe(true);
    expect(parsesAsItEncodes(z.object({ a: z.string().transform((s) => s.length) }))).toBe(false);
    expect(parsesAsItEncodes(z.object({ a: z.array(z.string().default('x')) }))).toBe(false);
    expect(parsesAsItEncodes(z.object({ a: z.string().catch('x') }))).toBe(false);
  });

  // The hot answers take the fast path; if one stops doing so, its cost goes back up four times unnoticed.
  it.each([
    ['ReviewQueueSchema', ReviewQueueSchema],
    ['ReviewFilingDetailSchema', ReviewFilingDetailSchema],
    ['FilingListSchema', FilingListSchema],
    ['FilingDetailSchema', FilingDetailSchema],
    ['AccountSchema', AccountSchema],
    ['ReviewerRefSchema', ReviewerRefSchema],
  ])('parses %s', (_name, schema) => {
    expect(parsesAsItEncodes(schema)).toBe(true);
  });
});
