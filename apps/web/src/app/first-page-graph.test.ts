// What the production build puts on the sign-in page, the first page most visitors load: the entry's chunks and the
// sign-in page's, through their static imports. zod and react-hook-form stay off it (docs/decisions/049): the
// session check, the frame and the sign-in form read no schema until there is an answer to read or a field to check.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let outDir = '';
let chunks: Rollup.OutputChunk[] = [];
/** The modules that import zod's own entry points, by entry point. */
const zodImporters = new Map<string, string[]>();

/** Every module of `start` and of the chunks it imports statically. */
function staticModules(start: Rollup.OutputChunk): string[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<string>();
  const visit = (chunk: Rollup.OutputChunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const file of chunk.imports) {
      const imported = byFile.get(file);
      if (imported) visit(imported);
    }
  };
  visit(start);
  return [...seen].flatMap((file) => byFile.get(file)?.moduleIds ?? []);
}

/** The contracts' source files among those modules, by file name. */
const contractsOf = (start: Rollup.OutputChunk) =>
  staticModules(start)
    .filter((id) => /packages[\\/]contracts[\\/]src[\\/]/.test(id))
    .map((id) => path.basename(id));

const chunkNamed = (test: (chunk: Rollup.OutputChunk) => boolean) => {
  const found = chunks.find(test);
  if (!found) throw new Error('chunk not in the build');
  return found;
};

/** The chunk a module of the app's own starts (a lazily loaded page or schema module). */
const chunkOf = (module: string) => chunkNamed((chunk) => chunk.facadeModuleId?.endsWith(module) ?? false);

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'beian-web-graph-'));
  const output = await build({
    configFile: path.join(webRoot, 'vite.config.ts'),
    root: webRoot,
    logLevel: 'silent',
    build: { write: false, outDir },
    plugins: [
      {
        name: 'record-zod-importers',
        moduleParsed(info) {
          for (const id of info.importedIds) {
            const entry = /node_modules[\\/]zod[\\/](index\.js|v4[\\/]index\.js)$/.exec(id)?.[1];
            if (entry) zodImporters.set(entry, [...(zodImporters.get(entry) ?? []), info.id]);
          }
        },
      },
    ],
  });
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  chunks = outputs.flatMap((o) => o.output).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
}, 120_000);

afterAll(() => rm(outDir, { recursive: true, force: true }));

describe('the sign-in page in the production build', () => {
  it('reaches zod only through the module that turns its compiled parsers off, wherever zod loads', () => {
    expect(zodImporters.get('index.js') ?? []).toEqual([]);
    expect(zodImporters.get('v4/index.js')?.map((id) => path.relative(webRoot, id))).toEqual([
      path.join('src', 'lib', 'zod-jitless.ts'),
    ]);
  });

  it('loads neither zod nor react-hook-form, which the pages behind sign-in still load', () => {
    const entry = chunkNamed((chunk) => chunk.isEntry);
    const signIn = chunkOf('features/auth/login-page.tsx');
    const modules = [...staticModules(entry), ...staticModules(signIn)];
    const libraries = (pattern: RegExp) => modules.filter((id) => pattern.test(id));

    expect(libraries(/node_modules[\\/]react-dom[\\/]/).length).toBeGreaterThan(0);
    expect(libraries(/node_modules[\\/]zod[\\/]/)).toEqual([]);
    expect(libraries(/node_modules[\\/]react-hook-form[\\/]/)).toEqual([]);
    expect(modules.some((id) => id.endsWith('features/auth/components/login-form.tsx'))).toBe(true);

    const verify = chunkOf('features/filing-wizard/steps/verify-step-page.tsx');
    expect(staticModules(verify).filter((id) => /node_modules[\\/](zod|react-hook-form)[\\/]/.test(id))).not.toEqual(
      [],
    );
  });

  it("reads the session with the session's own schemas, not the sign-up, sign-in or account screens' schemas", () => {
    const session = chunkOf('features/auth/api/session-schema.ts');
    const contracts = contractsOf(session);
    expect(contracts).toContain('session.ts');
    expect(contracts).not.toContain('auth.ts');
    expect(contracts).not.toContain('account-security.ts');
  });

  it("opens the verify step without the filing's answer schemas, which load with the first answer that needs them", () => {
    const verify = chunkOf('features/filing-wizard/steps/verify-step-page.tsx');
    const contracts = contractsOf(verify);
    expect(contracts).toContain('resources.ts');
    expect(contracts).not.toContain('filings.ts');
    expect(contracts).not.toContain('review.ts');

    const schemas = chunkOf('features/filing-wizard/api/filing-schemas.ts');
    expect(contractsOf(schemas)).toContain('filings.ts');
  });
});
