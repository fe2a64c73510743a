// Source comments cite the design by section (`docs/design.md §4.4`). This scans the repository's code for such
// citations, and the design for its own cross-references (§5.7), and fails when a cited section has no heading in
// docs/design.md, so a renumbered or removed section cannot leave comments pointing nowhere. It lives with the
// contracts' tests because the repository has no test project of its own; it reads files only.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DESIGN = path.join(ROOT, 'docs/design.md');
const SCANNED = ['apps', 'packages', 'scripts', 'e2e', 'bench', 'prisma'];
const SKIPPED = new Set(['node_modules', 'dist', 'generated', 'test-results', 'playwright-report', 'coverage']);
const SOURCE = /\.(ts|tsx|mts|js|mjs|prisma|css|sql)$/;
const CITATION = /docs\/design\.md §(\d+(?:\.\d+)*)/g;
const CROSS_REFERENCE = /§(\d+(?:\.\d+)*)/g;

/** "## 4. The filing state machine" → 4, "### 4.1 States" → 4.1. */
function sectionNumbers(design: string): Set<string> {
  return new Set([...design.matchAll(/^#{2,4} (\d+(?:\.\d+)*)\.? /gm)].map((m) => m[1] as string));
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (SOURCE.test(entry.name)) yield full;
  }
}

type Citation = { where: string; section: string };

function citationsIn(file: string, text: string, pattern: RegExp): Citation[] {
  return text.split('\n').flatMap((line, index) =>
    [...line.matchAll(pattern)].map((m) => ({
      where: `${path.relative(ROOT, file)}:${index + 1}`,
      section: m[1] as string,
    })),
  );
}

const design = readFileSync(DESIGN, 'utf8');
const sections = sectionNumbers(design);
const fromCode = SCANNED.flatMap((dir) =>
  [...sourceFiles(path.join(ROOT, dir))].flatMap((file) => citationsIn(file, readFileSync(file, 'utf8'), CITATION)),
);
const missing = (citations: Citation[]) =>
  citations.filter((c) => !sections.has(c.section)).map((c) => `${c.where} cites §${c.section}`);

describe('citations of docs/design.md', () => {
  it('finds the design’s numbered sections and the code’s citations of them', () => {
    expect(sections).toContain('4.2');
    expect(fromCode.length).toBeGreaterThan(10);
  });

  it('cite only sections that exist, from the code', () => {
    expect(missing(fromCode)).toEqual([]);
  });

  it('cite only sections that exist, within the design itself', () => {
    expect(missing(citationsIn(DESIGN, design, CROSS_REFERENCE))).toEqual([]);
  });
});
