// Which lines of a registry comparison a reviewer is shown as different.
import { describe, expect, it } from 'vitest';
import { diffLines, normaliseForComparison } from './record-diff.ts';

describe('diffLines', () => {
  it.each([
    ['the same text', '陈晓明', '陈晓明', false],
    ['full-width digits and letters', 'ＡＢＣ１２３', 'abc123', false],
    ['extra spacing', ' 广东省  深圳市 ', '广东省 深圳市', false],
    ['letter case in a domain', 'ChenXiaoMing.cn', 'chenxiaoming.cn', false],
    ['another name', '陈晓明', '陈小明', true],
    ['a value on one side only', '陈晓明', null, true],
    ['nothing on either side', null, '', false],
  ])('%s', (_case, entered, recorded, differs) => {
    const [line] = diffLines([{ key: 'name', label: '姓名', entered, recorded }]);
    expect(line?.differs).toBe(differs);
  });

  it('keeps what was entered and recorded as they were, for display', () => {
    expect(normaliseForComparison('Ｘ１')).toBe('x1');
    const [line] = diffLines([{ key: 'name', label: '姓名', entered: 'Ｘ１', recorded: 'x1' }]);
    expect(line).toMatchObject({ entered: 'Ｘ１', recorded: 'x1', differs: false });
  });
});
