// A filing's row read as one JSON value (`to_json(f)`) and turned back into the row Prisma's Filing type describes
// (decision 054). pg describes every column of a result on every call, which for a whole row of 40-odd columns took
// a tenth of a hot read's time in the API; one JSON column is described once and parsed natively. JSON has no
// timestamps, so PostgreSQL writes each as ISO 8601 text with its offset, and the fields below become Dates again.
import type { Filing } from '../../generated/prisma/client.ts';

/** The select-list item that reads the filing aliased `f` as JSON, under the name `filingFromJson` takes. */
export const FILING_JSON = `to_json(f) AS "filing"`;

type DateKey = { [K in keyof Filing]-?: NonNullable<Filing[K]> extends Date ? K : never }[keyof Filing];

/** Every timestamp of the row. */
const DATES = [
  'claimExpiresAt',
  'passwordVerifiedAt',
  'mobileVerifiedAt',
  'slaDueAt',
  'submittedAt',
  'agreementAcceptedAt',
  'createdAt',
  'updatedAt',
] as const satisfies readonly DateKey[];

// A timestamp added to Filing and not to DATES fails the type check here, instead of reaching a view as a string.
type Missing = Exclude<DateKey, (typeof DATES)[number]>;
const allDatesListed: [Missing] extends [never] ? true : Missing = true;
void allDatesListed;

/** The row as JSON has it: each timestamp as text (or null). */
export type FilingJsonRow = Omit<Filing, DateKey> & {
  [K in DateKey]: string | (null extends Filing[K] ? null : never);
};

export function filingFromJson(json: FilingJsonRow): Filing {
  const row = json as unknown as Record<DateKey, string | Date | null>;
  for (const key of DATES) {
    const text = row[key];
    if (typeof text === 'string') row[key] = new Date(text);
  }
  return json as unknown as Filing;
}
