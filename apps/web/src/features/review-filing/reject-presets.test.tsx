// The reject presets a reviewer is offered follow the filing's own verification sheet rules (its nature and its
// province): a person's sheet has no date and no seal, so its sheet preset says nothing of either; an organisation's
// sheet is sealed and left undated, and its preset says so.
import { REVIEW_REASONS } from '@beian/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json } from '../../test/fake-api.ts';
import { renderApp } from '../../test/render-app.tsx';
import { REVIEW_ID, reviewDetail, reviewerOnFiling } from './review-fixtures.ts';

async function sheetPreset(sheetRequirements: string[]) {
  reviewerOnFiling({
    [`GET /api/review/filings/${REVIEW_ID}`]: () => json(200, reviewDetail({ sheetRequirements })),
    // The catalogue as the API serves it.
    'GET /api/review/reasons': () => json(200, { reasons: REVIEW_REASONS }),
  });
  const { user } = renderApp(`/review/filings/${REVIEW_ID}`);
  await user.click(await screen.findByRole('button', { name: '驳回' }));
  const form = screen.getByRole('form', { name: '驳回理由' });
  const presets = within(form).getByLabelText('常用理由');
  await within(presets).findByRole('option', { name: /核验单/ });
  await user.selectOptions(presets, 'SHEET_NOT_SIGNED');
  return {
    option: within(presets).getByRole('option', { name: /核验单/ }).textContent,
    message: within(form).getByLabelText('驳回说明'),
    suggestion: within(form).getByLabelText('修改建议'),
  };
}

describe('the verification sheet preset', () => {
  it('for a personal filer in Guangdong names the handwritten pledge, and no seal or date', async () => {
    const preset = await sheetPreset(['SIGNATURE', 'HANDWRITTEN_PLEDGE']);
    expect(preset.option).toBe('核验单未按要求签字（或缺少手写承诺）。');
    expect(preset.message).toHaveValue('核验单未按要求签字（或缺少手写承诺）。');
    expect(preset.suggestion).toHaveValue('请按核验单上的省份说明签字后扫描上传。');
  });

  it('for a personal filer elsewhere asks for the signature only', async () => {
    const preset = await sheetPreset(['SIGNATURE']);
    expect(preset.message).toHaveValue('核验单未按要求签字。');
    expect(preset.suggestion).not.toHaveValue(expect.stringContaining('日期'));
  });

  it('for an organisation in Jiangxi names the seal and fingerprint, and leaving the date blank', async () => {
    const preset = await sheetPreset(['SIGNATURE', 'FINGERPRINT', 'SEAL', 'DATE_BLANK']);
    expect(preset.message).toHaveValue('核验单未按要求签字（或缺少盖章或指纹）。');
    expect(preset.suggestion).toHaveValue('请按核验单上的省份说明签字后扫描上传，日期留空。');
  });
});
