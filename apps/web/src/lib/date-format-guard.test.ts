// Every date and time a person reads goes through the one formatter (`formatBeijing` in @beian/domain): nothing in
// the web app or the API formats dates by the locale, and no message is written with a month/day date in it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const LOCALE_DATE_CALLS = /toLocale(Date|Time)?String\(|Intl\.DateTimeFormat|dateStyle|timeStyle/;
// 12/3/2026, 12/03, Dec 3, December 3
const US_STYLE =
  /\b\d{1,2}\/\d{1,2}(\/\d{2,4})?\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('dates are written one way', () => {
  it('formats no date by the locale in the web app or the API', () => {
    const offenders = ['apps/web/src', 'apps/api/src']
      .flatMap((dir) => sourceFiles(path.join(repo, dir)))
      .filter((file) => LOCALE_DATE_CALLS.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(repo, file));
    expect(offenders).toEqual([]);
  });

  it('writes no month/day date into any message, in either language', () => {
    for (const [language, { translation }] of Object.entries(resources)) {
      const offenders: string[] = [];
      const walk = (node: object, prefix: string) => {
        for (const [key, value] of Object.entries(node)) {
          if (typeof value === 'object' && value !== null) walk(value, `${prefix}${key}.`);
          else if (typeof value === 'string' && US_STYLE.test(value)) offenders.push(`${prefix}${key}: ${value}`);
        }
      };
      walk(translation, '');
      expect(offenders, language).toEqual([]);
    }
  });

  it('catches the American forms it is there to catch', () => {
    for (const text of ['12/3/2026', 'Dec 3, 2026', 'December 3', '12/03']) expect(text).toMatch(US_STYLE);
    for (const text of ['2026-12-03 00:25', '2026-12-03', '00:25']) expect(text).not.toMatch(US_STYLE);
  });
});
