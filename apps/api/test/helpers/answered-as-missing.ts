// Another account's record must answer exactly like one that does not exist, so its id reveals nothing: the same
// 404 problem, word for word, once the ids, the request id and the instance are set aside.
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

const stripped = (res: LightMyRequestResponse, id: string) => {
  const { requestId: _, instance: __, ...rest } = res.json();
  return JSON.parse(JSON.stringify(rest).replaceAll(id, ':id'));
};

/** Calls `call` with the foreign id and with a fresh unknown one, and expects the same 404 from both. */
export async function expectAnsweredAsMissing(
  call: (id: string) => Promise<LightMyRequestResponse>,
  foreignId: string,
): Promise<void> {
  const foreign = await call(foreignId);
  const missingId = randomUUID();
  const missing = await call(missingId);
  expect(foreign.statusCode, foreign.body).toBe(404);
  expect(missing.statusCode, missing.body).toBe(404);
  expect(stripped(foreign, foreignId)).toEqual(stripped(missing, missingId));
}
