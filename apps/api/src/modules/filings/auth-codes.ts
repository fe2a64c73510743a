// The auth codes (授权码) a filing uses and holds. The verify step claims its own code; submission claims the
// websites' codes and records the codes it leaves the filing holding on its event, so that a later submission can
// give back a code no longer used, and abandoning can give back every code, even one a rejection fix dropped.
import { z } from 'zod';
import type { Filing } from '../../generated/prisma/client.ts';
import { readCloudService, readWebsites } from './filing-data.ts';

/** A code and the field paths that use it: `cloudService` (the verify step) or `websites.<no>.cloudService`. */
export type AuthCodeUse = { code: string; paths: string[] };

/**
 * The codes the filing's verify step and websites use, each once, sorted so that every claimant takes them in the
 * same order. The stored JSON is read through the contract's schema, which trims and upper-cases a code as the
 * inventory compares it, so `abcd-…` and `ABCD-…` are one code here too.
 */
export function authCodeUsesOf(row: Pick<Filing, 'cloudService' | 'websites'>): AuthCodeUse[] {
  const uses = new Map<string, string[]>();
  const add = (code: string, path: string) => uses.set(code, [...(uses.get(code) ?? []), path]);
  const verified = readCloudService(row.cloudService);
  if (verified.kind === 'AUTH_CODE') add(verified.code, 'cloudService');
  for (const site of readWebsites(row.websites)) {
    const ref = site.cloudService;
    if (ref?.kind === 'AUTH_CODE') add(ref.code, `websites.${site.websiteFilingNo}.cloudService`);
  }
  return [...uses.entries()]
    .map(([code, paths]) => ({ code, paths }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export const authCodesOf = (row: Pick<Filing, 'cloudService' | 'websites'>): string[] =>
  authCodeUsesOf(row).map((use) => use.code);

/** The submission events whose payload records the codes held after them. */
export const SUBMISSION_EVENTS = ['submit', 'resubmit'] as const;

const RecordedSchema = z.object({ authCodes: z.array(z.string()) });

/** The codes a submission event recorded as held; none for an event written before codes were recorded. */
export const recordedAuthCodes = (payload: unknown): string[] =>
  RecordedSchema.safeParse(payload).data?.authCodes ?? [];

/**
 * Every code the filing may hold, for giving them all back when it leaves for good: the codes it uses now and those
 * any of its submissions recorded. Every submission's, not only the last: a release after commit that failed
 * leaves a code held that no later record shows. Releasing a code the filing does not hold changes nothing.
 */
export function heldAuthCodesOf(
  row: Pick<Filing, 'cloudService' | 'websites'>,
  events: readonly { event: string; payload: unknown }[],
): string[] {
  const submissions = events.filter((e) => (SUBMISSION_EVENTS as readonly string[]).includes(e.event));
  return [...new Set([...authCodesOf(row), ...submissions.flatMap((e) => recordedAuthCodes(e.payload))])];
}
