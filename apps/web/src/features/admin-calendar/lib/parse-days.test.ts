import { describe, expect, it } from 'vitest';
import { parseDays } from './parse-days.ts';

describe('parseDays', () => {
  it('reads the State Council notice: ranges off, sentences saying 上班 worked', () => {
    const notice =
      '一、元旦：1月1日（周五）放假，共1天。\n' +
      '二、春节：2月5日（农历腊月二十九）至11日（农历正月初五）放假调休，共7天。1月31日（星期日）、2月20日（星期六）上班。';
    expect(parseDays(notice, 2027)).toEqual({
      holidays: [
        '2027-01-01',
        '2027-02-05',
        '2027-02-06',
        '2027-02-07',
        '2027-02-08',
        '2027-02-09',
        '2027-02-10',
        '2027-02-11',
      ],
      makeUpWorkdays: ['2027-01-31', '2027-02-20'],
    });
  });

  it('reads plain dates in several spellings and ranges across months', () => {
    expect(parseDays('2027-10-01 至 2027-10-07, 2027年4月5日 5/1~5/3', 2027).holidays).toEqual([
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
      '2027-10-04',
      '2027-10-05',
      '2027-10-06',
      '2027-10-07',
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-05-03',
    ]);
    expect(parseDays('9月30日至10月2日', 2027).holidays).toEqual(['2027-09-30', '2027-10-01', '2027-10-02']);
  });

  it('skips what is not a date, and keeps each day once', () => {
    expect(parseDays('共7天 2月30日 2月5日 2月5日', 2027)).toEqual({ holidays: ['2027-02-05'], makeUpWorkdays: [] });
  });
});
