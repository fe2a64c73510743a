// Builds apps/api/src/modules/auth/password-list/common-passwords.txt from a SecLists-style password list (one password a line,
// most common first): lower-cased, only those the password rules would otherwise accept (10 to 128 characters),
// first occurrence kept, at most the 100,000 most common. Usage: tsx scripts/common-passwords.ts <list.txt>
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_LENGTH = 10;
const MAX_LENGTH = 128;
const LIMIT = 100_000;

const source = process.argv[2];
if (!source) throw new Error('usage: tsx scripts/common-passwords.ts <password-list.txt>');

const kept = new Set<string>();
for (const line of readFileSync(source, 'utf8').split(/\r?\n/)) {
  const password = line.toLowerCase();
  // Length in code points, as people count characters; the list is mostly ASCII anyway.
  const length = [...password].length;
  if (length < MIN_LENGTH || length > MAX_LENGTH || kept.has(password)) continue;
  kept.add(password);
  if (kept.size === LIMIT) break;
}

const target = fileURLToPath(
  new URL('../apps/api/src/modules/auth/password-list/common-passwords.txt', import.meta.url),
);
writeFileSync(target, `${[...kept].join('\n')}\n`);
console.log(`wrote ${kept.size} passwords to ${path.relative(process.cwd(), target)}`);
