import { GUANGDONG_PLEDGE_TEXT, provinceRules } from '@beian/domain';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../../../test/helpers/pdf-text.ts';
import { sheetInput } from './verification-sheet.fixture.ts';
import { renderVerificationSheet } from './verification-sheet.render.ts';
import type { VerificationSheetInput } from './verification-sheet.types.ts';

async function render(input: VerificationSheetInput) {
  const started = performance.now();
  const bytes = await renderVerificationSheet(input);
  const ms = performance.now() - started;
  const text = await readPdfText(bytes);
  return { bytes, ms, text, all: text.pages.join('\n') };
}

describe('renderVerificationSheet', () => {
  it('produces a valid A4 PDF whose every page carries the order number, in its text and its metadata', async () => {
    const { bytes, ms, text } = await render(sheetInput('44', 'PERSONAL'));
    console.info(`verification sheet: ${bytes.length} bytes, ${ms.toFixed(0)} ms (first render, font read included)`);

    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(doc.getTitle()).toBe('网站备案信息真实性核验单 BA2026112900001');
    expect(text.info.Subject).toBe('BA2026112900001');
    for (const page of text.pages) expect(page).toContain('订单号：BA2026112900001');
    // A subset of the font, not all 10 MB of it.
    expect(bytes.length).toBeLessThan(200_000);
  });

  it('prints the filing in Chinese: subject, masked certificate numbers, websites and the Shanghai time', async () => {
    const { all } = await render(sheetInput('11', 'ENTERPRISE'));
    for (const expected of [
      '网站备案信息真实性核验单',
      '深圳市示例科技有限公司',
      '企业',
      '北京',
      '91440300********3X',
      '4403**********1234',
      '粤ICP备12345678号-1',
      'www.example.com.cn',
      '2026-11-29 14:30（北京时间）',
      '本单位确认',
    ]) {
      expect(all).toContain(expected);
    }
  });

  it('asks a Guangdong person to copy the pledge by hand, and nobody else', async () => {
    const squash = (s: string) => s.replace(/\s+/g, '');
    const personal = await render(sheetInput('44', 'PERSONAL'));
    expect(squash(personal.all)).toContain(GUANGDONG_PLEDGE_TEXT);
    expect(personal.all).toContain('亲笔抄写');
    for (const other of [sheetInput('44', 'ENTERPRISE'), sheetInput('31', 'PERSONAL')]) {
      expect(squash((await render(other)).all)).not.toContain(GUANGDONG_PLEDGE_TEXT);
    }
  });

  it.each(['65', '36'])('puts a fingerprint box beside the signature in province %s', async (code) => {
    const { all } = await render(sheetInput(code, 'PERSONAL'));
    expect(all).toContain('指印');
    expect(all).toContain('按捺手印');
  });

  it('has no fingerprint box where the province does not ask for one', async () => {
    expect((await render(sheetInput('31', 'PERSONAL'))).all).not.toContain('指印');
  });

  it('gives an organisation a seal box and a date left blank, and a person neither', async () => {
    const organisation = (await render(sheetInput('33', 'SOCIAL_ORG'))).all;
    expect(organisation).toContain('单位公章');
    expect(organisation).toContain('日期（留空）');
    const person = (await render(sheetInput('33', 'PERSONAL'))).all;
    expect(person).not.toContain('单位公章');
    expect(person).not.toContain('日期（留空）');
  });

  it('follows an admin patch of the province rules', async () => {
    const rules = provinceRules('11', { verificationSheet: { fingerprint: true } });
    if (!rules) throw new Error('no rules for Beijing');
    expect((await render({ ...sheetInput('11', 'PERSONAL'), rules })).all).toContain('指印');
  });

  it('signs once per website principal and runs onto more pages for many websites', async () => {
    const base = sheetInput('65', 'ENTERPRISE');
    const websites = Array.from({ length: 30 }, (_, i) => ({
      name: `示例网站${i + 1}`,
      filingNo: `新ICP备12345678号-${i + 1}`,
      domains: [`site${i + 1}.example.cn`],
      principalName: i % 10 === 0 ? `负责人${i}` : undefined,
    }));
    const { bytes, text, ms } = await render({ ...base, websites });
    console.info(
      `verification sheet, 30 websites: ${text.pages.length} pages, ${bytes.length} bytes, ${ms.toFixed(0)} ms`,
    );
    expect(text.pages.length).toBeGreaterThan(1);
    for (const page of text.pages) expect(page).toContain('BA2026112900001');
    const all = text.pages.join('');
    expect(all.match(/网站负责人签字：/g)).toHaveLength(4);
    for (const name of ['张三', '负责人0', '负责人10', '负责人20']) expect(all).toContain(`（${name}）`);
    expect(text.pages.at(-1)).toContain(`第 ${text.pages.length} 页，共 ${text.pages.length} 页`);
  });

  it('renders the same bytes for the same filing', async () => {
    const [a, b] = await Promise.all([renderVerificationSheet(sheetInput()), renderVerificationSheet(sheetInput())]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('refuses a certificate number that is not masked', async () => {
    const input = sheetInput();
    await expect(
      renderVerificationSheet({ ...input, principal: { ...input.principal, certNumberMasked: '440301199001011234' } }),
    ).rejects.toThrow(RangeError);
  });
});
