// A filled-in sheet input for tests and for rendering a sample by hand: a Guangdong person with one website.
import { provinceRules, type SubjectNature } from '@beian/domain';
import type { VerificationSheetInput } from './verification-sheet.types.ts';

export function sheetInput(provinceCode = '44', nature: SubjectNature = 'PERSONAL'): VerificationSheetInput {
  const rules = provinceRules(provinceCode);
  if (!rules) throw new RangeError(`No province has the code ${provinceCode}.`);
  const organisation = nature !== 'PERSONAL';
  return {
    orderNo: 'BA2026112900001',
    generatedAt: new Date('2026-11-29T06:30:00Z'),
    provinceCode,
    subject: {
      nature,
      name: organisation ? '深圳市示例科技有限公司' : '张三',
      certNumberMasked: organisation ? '91440300********3X' : '4403**********1234',
      filingNo: '粤ICP备12345678号',
    },
    principal: { name: '张三', certNumberMasked: '4403**********1234' },
    websites: [
      { name: '示例科技官网', filingNo: '粤ICP备12345678号-1', domains: ['example.com.cn', 'www.example.com.cn'] },
    ],
    rules,
  };
}
