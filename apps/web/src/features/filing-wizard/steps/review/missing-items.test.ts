// A refused submission's errors[] become things to do, each linked to where it is done: a material's entry on the
// materials page (the slot found in the list), or the step that holds a field.
import { describe, expect, it } from 'vitest';
import { FILING_ID } from '../../../../test/filing-fixtures.ts';
import { ENTERPRISE_SH, materialList } from '../../../../test/material-fixtures.ts';
import { missingItems } from './missing-items.ts';

const BASE = `/console/filings/${FILING_ID}`;

describe('missingItems', () => {
  it('links each missing material to its entry, two sides of one card to the same entry', () => {
    const { items } = materialList(ENTERPRISE_SH);
    const found = missingItems(
      [
        { path: 'materials.SUBJECT_CERT_FRONT', message: 'missing' },
        { path: 'materials.SUBJECT_CERT_BACK', message: 'missing' },
        { path: 'materials.PRE_APPROVAL', message: 'missing' },
        { path: 'materials.WEBSITE_PRINCIPAL_ID_FRONT.沪ICP备2015012345号-2', message: 'missing' },
      ],
      FILING_ID,
      items,
    );
    expect(found.map((item) => (item.type === 'material' ? [item.kind, item.category, item.to] : []))).toEqual([
      ['SUBJECT_CERT_FRONT', null, `${BASE}/materials#material-SUBJECT_CERT`],
      ['SUBJECT_CERT_BACK', null, `${BASE}/materials#material-SUBJECT_CERT`],
      [
        'PRE_APPROVAL',
        'NEWS',
        `${BASE}/materials#${encodeURIComponent('material-PRE_APPROVAL-沪ICP备2015012345号-2-NEWS')}`,
      ],
      [
        'WEBSITE_PRINCIPAL_ID_FRONT',
        null,
        `${BASE}/materials#${encodeURIComponent('material-WEBSITE_PRINCIPAL_ID-沪ICP备2015012345号-2')}`,
      ],
    ]);
  });

  it('sends field problems to their step and keeps unknown paths with the server’s words, once each', () => {
    const found = missingItems(
      [
        { path: 'body.subject.mailingAddress', message: 'Mailing address is missing' },
        { path: 'websites.0.principal', message: 'Website 1 has no principal' },
        { path: 'websites.0.principal', message: 'Website 1 has no principal' },
        { path: 'somethingNew', message: 'Something else' },
      ],
      FILING_ID,
    );
    expect(found).toEqual([
      expect.objectContaining({ step: 'subject', to: `${BASE}/subject`, message: 'Mailing address is missing' }),
      expect.objectContaining({ step: 'websites', to: `${BASE}/websites` }),
      expect.objectContaining({ step: 'other', message: 'Something else' }),
    ]);
  });
});
