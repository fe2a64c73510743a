import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTOR_ROLES,
  CALENDAR_YEAR_PROBLEMS,
  CERT_NUMBER_RULES,
  CERT_TYPES,
  CLOUD_SERVICE_KINDS,
  FILING_STATES,
  FILING_TYPES,
  MATERIAL_INSTRUCTIONS,
  MATERIAL_KINDS,
  MATERIAL_REASONS,
  PHONE_KINDS,
  PHOTO_METHODS,
  PRE_APPROVAL_CATEGORIES,
  PROGRESS_PARTIES,
  PROGRESS_STAGE_KEYS,
  PROGRESS_STAGE_STATES,
  RELATED_PERSON_ROLES,
  REVIEW_STAGES,
  SHEET_REQUIREMENTS,
  SUBJECT_NATURES,
  TWO_SIDED_DOCUMENTS,
  UNREADABLE_IMAGE_REASONS,
} from './index.ts';
import { CHECK_NAMES, REASON_CODES } from './reason-codes.ts';

const srcDir = import.meta.dirname;
const sources = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'reason-codes.ts')
  .map((f) => readFileSync(join(srcDir, f), 'utf8'));
const literals = new Set(
  sources.flatMap((text) => [...text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,}\d*)'/g)].map((m) => m[1])),
);

// Values of the domain's enumerations, which are vocabulary and not reasons.
const vocabulary = new Set<string>([
  ...FILING_STATES,
  ...ACTOR_ROLES,
  ...REVIEW_STAGES,
  ...SUBJECT_NATURES,
  ...FILING_TYPES,
  ...CLOUD_SERVICE_KINDS,
  ...CERT_TYPES.map((t) => t.code),
  ...CERT_NUMBER_RULES,
  ...PHOTO_METHODS,
  ...PHONE_KINDS,
  ...SHEET_REQUIREMENTS,
  ...RELATED_PERSON_ROLES,
  ...MATERIAL_KINDS,
  ...TWO_SIDED_DOCUMENTS,
  ...PRE_APPROVAL_CATEGORIES,
  ...MATERIAL_REASONS,
  ...MATERIAL_INSTRUCTIONS,
  ...PROGRESS_STAGE_KEYS,
  ...PROGRESS_PARTIES,
  ...PROGRESS_STAGE_STATES,
  ...CALENDAR_YEAR_PROBLEMS,
  ...UNREADABLE_IMAGE_REASONS,
  'PERSON',
  'ORGANISATION',
  'PREPAID',
  'POSTPAID',
  'ICP',
]);

describe('reason codes and check names', () => {
  it('lists every code-like literal of the source that is not an enumeration value', () => {
    const unlisted = [...literals].filter(
      (l) =>
        l !== undefined &&
        !vocabulary.has(l) &&
        !(REASON_CODES as readonly string[]).includes(l) &&
        !(CHECK_NAMES as readonly string[]).includes(l),
    );
    expect(unlisted).toEqual([]);
  });

  it('lists no code the source never returns', () => {
    expect([...REASON_CODES, ...CHECK_NAMES].filter((code) => !literals.has(code))).toEqual([]);
  });

  it('has no duplicates and only UPPER_SNAKE codes', () => {
    for (const list of [REASON_CODES, CHECK_NAMES]) {
      expect(new Set(list).size).toBe(list.length);
      for (const code of list) expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    }
  });
});
