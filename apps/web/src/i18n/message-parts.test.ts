// A page waits for the parts of the messages its route says it is worded with (app/routes.tsx, lazy-page.ts): the
// core alone for the sign-in area, the consoles' words too for an applicant's page. A message it uses from a part it
// did not wait for would show as its raw key. This follows each such page's imports through the app's own source and
// fails on any message key from another part. (The staff's pages wait for every part, so they need no check.)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zhCNConsole } from './locales/zh-CN/console.ts';
import { zhCNCore } from './locales/zh-CN/core.ts';
import { zhCNStaff } from './locales/zh-CN/staff.ts';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const routesFile = path.join(src, 'app/routes.tsx');

const PARTS = {
  core: Object.keys(zhCNCore),
  console: Object.keys(zhCNConsole),
  staff: Object.keys(zhCNStaff),
};
const ALLOWED = { CORE: new Set(PARTS.core), CONSOLE: new Set([...PARTS.core, ...PARTS.console]) };
const EVERY_NAMESPACE = [...PARTS.core, ...PARTS.console, ...PARTS.staff];

const routesSource = readFileSync(routesFile, 'utf8');
/** Every lazy page the registry declares: its name, its module and the messages option it names, if any. */
const declarations = [
  ...routesSource.matchAll(/lazyPage\(\s*\(\) => import\('([^']+)'\),\s*'([^']+)',?\s*(CORE|CONSOLE)?\s*,?\s*\)/g),
].map(([, specifier = '', name = '', messages]) => ({
  name,
  file: path.resolve(path.dirname(routesFile), specifier),
  messages,
}));

/** Each lazy page declared with less than every message, and what it waits for. */
const pagesWithFewerMessages = declarations.flatMap(({ messages, ...page }) =>
  messages === 'CORE' || messages === 'CONSOLE' ? [{ ...page, messages: messages as keyof typeof ALLOWED }] : [],
);

/** Uses that look the message up first (`i18n.exists`) and word it otherwise, by file: a domain rule's reason is
 * worded from the consoles' words where they are in, and by the field's own message on the sign-in area's forms. */
const LOOKED_UP_FIRST: Record<string, string[]> = { 'lib/issue-message.ts': ['reasons'] };

const IMPORT = /(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)'/g;

/** `file` and every source file of the app it imports, statically or on demand, however deep (an import named in a
 * comment may name no file). */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !/\.tsx?$/.test(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const [, specifier = ''] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    reachable(path.resolve(path.dirname(file), specifier), seen);
  }
  return seen;
}

const KEY = new RegExp(`['"\`](${EVERY_NAMESPACE.join('|')})\\.[A-Za-z$]`, 'g');

/** The message namespaces `file`'s source names in a key ('filing.subject.title', `photo.status.${status}`). */
const namespacesIn = (file: string) => new Set([...readFileSync(file, 'utf8').matchAll(KEY)].map(([, ns]) => ns));

describe('the messages a page waits for', () => {
  const pages = pagesWithFewerMessages;

  it('finds the pages the registry declares with the core or the consoles’ words alone', () => {
    // A declaration written another way would be skipped without a word: every one must be read.
    expect(declarations).toHaveLength(routesSource.split('= lazyPage(').length - 1);
    expect(pages.filter((page) => page.messages === 'CORE').map((page) => page.name)).toContain('LoginPage');
    expect(pages.filter((page) => page.messages === 'CONSOLE').map((page) => page.name)).toContain('VerifyStepPage');
  });

  it.each(pages.map((page) => [page.name, page] as const))(
    '%s uses no message from a part it does not wait for',
    (_name, page) => {
      const outside: string[] = [];
      for (const file of reachable(page.file)) {
        const name = path.relative(src, file);
        for (const namespace of namespacesIn(file)) {
          if (ALLOWED[page.messages].has(namespace ?? '') || LOOKED_UP_FIRST[name]?.includes(namespace ?? '')) continue;
          outside.push(`${name}: ${namespace}`);
        }
      }
      expect(outside).toEqual([]);
    },
  );
});
