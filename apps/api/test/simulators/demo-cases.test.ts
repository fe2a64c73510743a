// Every documented demo case produces its documented outcome: typed into the verify step's checks against the
// seeded simulators, it fails (or warns) on exactly the listed checks and detects the listed filing type.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASES, DEMO_ISSUE_CASES } from '../../src/seed/simulators/demo-cases.ts';
import { DEMO_DATA_DOC, renderDemoData, replaceGeneratedSection } from '../../src/seed/simulators/demo-data-doc.ts';
import { manualClock } from '../helpers/test-app.ts';
import { evaluateDemoCase, notPassing } from './evaluate-demo-case.ts';
import { createSimulatorTestApp, type SimulatorTestApp } from './simulator-app.ts';

const clock = manualClock(new Date('2026-11-30T02:00:00Z'));
let t: SimulatorTestApp;

beforeAll(async () => {
  t = await createSimulatorTestApp(clock);
});
afterAll(() => t.close());

describe('demo cases of the verify step', () => {
  it.each(DEMO_CASES.map((c) => [c.id, c] as const))('%s', async (_id, demoCase) => {
    const result = await evaluateDemoCase(t.adapters, demoCase, { accountId: t.applicant.id, now: clock.now() });
    expect(notPassing(result.checks)).toEqual(demoCase.expected);
    expect(result.filingType).toBe(demoCase.filingType);
  });

  it('covers every failing check of the verify step that seed data can cause', () => {
    const reasons = new Set(DEMO_CASES.flatMap((c) => c.expected.map((e) => e.reason)));
    for (const reason of [
      'DOMAIN_EXPIRED',
      'DOMAIN_REGISTRAR_NOT_APPROVED',
      'DOMAIN_NOT_REAL_NAME_VERIFIED',
      'DOMAIN_REGISTRANT_NAME_MISMATCH',
      'DOMAIN_REGISTRANT_CERT_MISMATCH',
      'DOMAIN_REGISTRANT_RELATED_PERSON',
      'DOMAIN_SUFFIX_NOT_APPROVED',
      'FILING_TYPE_DOMAIN_NOT_FILED',
      'FILING_TYPE_SUBJECT_NOT_FILED',
      'FILING_TYPE_ALREADY_ACCESSED_HERE',
      'DOMAIN_FILED_BY_OTHER_SUBJECT',
      'CLOUD_REGION_NOT_MAINLAND',
      'CLOUD_PAY_AS_YOU_GO',
      'CLOUD_TERM_TOO_SHORT',
      'CLOUD_NO_PUBLIC_BANDWIDTH',
      'CLOUD_EXPIRED',
      'AUTH_CODE_USED',
    ]) {
      expect(reasons, reason).toContain(reason);
    }
  });
});

describe('demo cases of issuing auth codes', () => {
  it.each(DEMO_ISSUE_CASES.map((c) => [c.id, c] as const))('%s', async (_id, demoCase) => {
    const resources = await t.adapters.cloud.listResources(t.applicant.id);
    const server = resources.find((r) => r.name === demoCase.resource);
    expect(server, demoCase.resource).toBeDefined();
    const issued = await t.adapters.cloud.issueAuthCode(t.applicant.id, server?.id ?? '');
    expect(issued.ok ? null : issued.reason).toBe(demoCase.expected);
  });
});

describe('docs/demo-data.md', () => {
  it('shows exactly the demo cases and filing passwords of the seed', async () => {
    const doc = await readFile(DEMO_DATA_DOC, 'utf8');
    // Regenerate with: npx tsx apps/api/src/seed/simulators/write-demo-data-doc.ts
    expect(replaceGeneratedSection(doc, renderDemoData())).toBe(doc);
  });
});
