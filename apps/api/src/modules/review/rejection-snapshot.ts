// What a rejection saw of the fields it could name, kept on its FilingEvent so that the next round can tell the
// reviewer which fields the applicant changed. Each field is kept as a short digest of its value, not the value:
// the event's payload is shown in the history and should not hold a second copy of names, addresses or numbers.
import { createHash } from 'node:crypto';
import type { Filing } from '../../generated/prisma/client.ts';
import { readSubject, readWebsites, type StoredPerson } from '../filings/filing-data.ts';

/** Field path (as rejection reasons name it) → digest of its value. */
export type FieldSnapshot = Record<string, string>;

const digest = (value: string | null) =>
  createHash('sha256')
    .update(value ?? '\u0000')
    .digest('base64url')
    .slice(0, 16);

function personFields(prefix: string, person: StoredPerson): [string, string | null][] {
  return [
    [`${prefix}.name`, person.name],
    [`${prefix}.certType`, person.certType],
    // The number itself is kept only as its keyed hash; a new number with the same mask is still a change.
    [`${prefix}.certNumber`, person.certHash],
    [`${prefix}.mobile`, person.mobile],
    [`${prefix}.email`, person.email],
    [`${prefix}.emergencyPhone`, person.emergencyPhone],
  ];
}

export function fieldSnapshot(row: Pick<Filing, 'subjectDraft' | 'websites'>): FieldSnapshot {
  const subject = readSubject(row.subjectDraft);
  const fields: [string, string | null][] = [
    ['subject.originalPrincipalName', subject.originalPrincipalName],
    ['subject.certificateAddress', subject.certificateAddress],
    ['subject.mailingAddress', subject.mailingAddress],
    ...personFields('subject.principal', subject.principal),
  ];
  readWebsites(row.websites).forEach((site, index) => {
    const prefix = `websites.${index}`;
    fields.push([`${prefix}.name`, site.name], [`${prefix}.domains`, site.domains.join('\n')]);
    fields.push([`${prefix}.homepageUrl`, site.homepageUrl]);
    if (site.principal && !site.principal.sameAsSubject)
      fields.push(...personFields(`${prefix}.principal`, site.principal));
    else fields.push([`${prefix}.principal`, 'SAME_AS_SUBJECT']);
  });
  return Object.fromEntries(fields.map(([path, value]) => [path, digest(value)]));
}

/** The paths whose value differs, appeared or went away between the two snapshots, in the current one's order. */
export function changedFields(before: FieldSnapshot, now: FieldSnapshot): string[] {
  const paths = [...Object.keys(now), ...Object.keys(before).filter((path) => !(path in now))];
  return paths.filter((path) => before[path] !== now[path]);
}
