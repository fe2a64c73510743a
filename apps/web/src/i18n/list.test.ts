// Lists read in the reader's language, and no code glues items with a separator of its own.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { changeLocale } from './i18n.ts';
import { listOf } from './list.ts';

const webSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// A separator of one language (an attribute value such as `accept` joins with a bare comma and is not for reading).
const GLUED = /\.join\((['"`])(、|，|, |；|; )\1\)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('listOf', () => {
  it('uses the enumeration comma of each language', () => {
    expect(listOf(['a.cn', 'b.cn', 'c.cn'], 'zh-CN')).toBe('a.cn、b.cn、c.cn');
    expect(listOf(['a.cn', 'b.cn', 'c.cn'], 'en-US')).toBe('a.cn, b.cn, c.cn');
    expect(listOf(['a.cn'], 'en-US')).toBe('a.cn');
    expect(listOf([], 'zh-CN')).toBe('');
  });

  it('follows the language the reader switched to', async () => {
    await changeLocale('en-US');
    expect(listOf(['正面', '反面'])).toBe('正面, 反面');
    await changeLocale('zh-CN');
    expect(listOf(['正面', '反面'])).toBe('正面、反面');
  });

  it('is the only way the web app joins a list for people to read', () => {
    const offenders = sourceFiles(webSrc)
      .filter((file) => GLUED.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(webSrc, file));
    expect(offenders).toEqual([]);
  });
});
