// Compiles the API into plain JavaScript (apps/api/dist/server.js), so production runs with no TypeScript loader.
// The API's own code, the workspace packages (@beian/contracts, @beian/domain), the generated Prisma client and the
// migration code in scripts/db are bundled; every npm package stays external and is loaded from node_modules as
// before, so native addons, WebAssembly and the data files inside packages work unchanged.
// Why a bundle and what stays external: docs/decisions/034-compiled-api-bundle.md.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const API_DIST = path.join(root, 'apps/api/dist');

/** npm packages are external; only the workspace's own packages are compiled in (their entry points are TypeScript). */
const npmPackagesExternal: Plugin = {
  name: 'npm-packages-external',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@beian/') ? undefined : { path: args.path, external: true },
    );
  },
};

/**
 * A module that reads a file beside itself (`new URL('./x', import.meta.url)`: the password list, the migrations, the
 * Prisma client's __dirname) must still find it once bundled. Each module's `import.meta.url` becomes the URL of its
 * own source file, worked out at run time from where the bundle is, so those files are read where they are in the
 * checkout rather than copied. The bundle therefore runs inside the repository, as it must anyway for node_modules.
 */
function withOwnImportMetaUrl(source: string, file: string, outdir: string): string {
  if (!source.includes('import.meta.url')) return source;
  const relative = path.relative(outdir, file).split(path.sep).join('/');
  return source.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`);
}

function ownImportMetaUrl(outdir: string): Plugin {
  return {
    name: 'own-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /\.m?[jt]s$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const contents = withOwnImportMetaUrl(source, args.path, outdir);
        return { contents, loader: args.path.endsWith('ts') ? 'ts' : 'js' };
      });
    },
  };
}

/** How the generated client loads its query compiler: a module whose one export is the WebAssembly in base64. */
const PRISMA_WASM_IMPORT =
  /const \{ wasm \} = await import\(("[^"]+\.wasm-base64\.mjs")\)\s*\n\s*return await decodeBase64AsWasm\(wasm\)/;

/**
 * The generated Prisma client imports its query compiler as an ES module that exports the WebAssembly as one base64
 * string (2.3 MB). A loaded module is never unloaded, so its source and that string stayed on the V8 heap for the
 * life of the process (about 4.5 MB), long after the compiler was instantiated from them. The bundle reads the same
 * file as text and decodes it instead, and both are garbage once the compiler is built (decision 037). Should a
 * Prisma upgrade change how the client loads it, the build fails here rather than quietly keeping the string.
 */
function prismaWasmReadOnce(outdir: string): Plugin {
  return {
    name: 'prisma-wasm-read-once',
    setup(b) {
      b.onLoad({ filter: /generated[\\/]prisma[\\/]internal[\\/]class\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const found = PRISMA_WASM_IMPORT.exec(source);
        if (!found?.[1]) {
          throw new Error(`${args.path}: the query compiler's base64 import was not found; see decision 037`);
        }
        const readOnce = [
          "const { readFile } = await import('node:fs/promises')",
          `const text = await readFile(new URL(import.meta.resolve(${found[1]})), 'latin1')`,
          "return await decodeBase64AsWasm(text.slice(text.indexOf('\"') + 1, text.lastIndexOf('\"')))",
        ].join('\n');
        const contents = withOwnImportMetaUrl(source.replace(found[0], readOnce), args.path, outdir);
        return { contents, loader: 'ts' };
      });
    },
  };
}

export interface BuiltApi {
  /** The server's entry: run it with `node --openssl-legacy-provider <server>`. */
  server: string;
  kilobytes: number;
  modules: number;
}

/** Builds into `outdir` (apps/api/dist by default; any folder inside apps/api resolves node_modules the same way). */
export async function buildApi(outdir: string = API_DIST): Promise<BuiltApi> {
  // Chunk names carry a hash: clear the folder so an older build's chunks do not pile up.
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: {
      server: path.join(root, 'apps/api/src/server.ts'),
      'migrate-worker': path.join(root, 'apps/api/src/infra/migrate-worker.ts'),
    },
    outdir,
    bundle: true,
    // A module imported with import() becomes a chunk of its own that loads when first used, and only then the npm
    // packages it imports (PDF rendering, the embedded PGlite and s3rver, sharp): they cost no memory until needed.
    splitting: true,
    platform: 'node',
    format: 'esm',
    // 20.10: the first Node 20 with import attributes (`with { type: 'json' }`), which an external JSON import needs.
    target: 'node20.10',
    sourcemap: 'linked',
    // Names stay as written, so stack traces and error names read as in the sources.
    keepNames: true,
    // Tells the code where the bundle is, so it can start the migration worker beside it (infra/compiled.ts).
    define: { API_BUNDLE_URL: 'import.meta.url' },
    plugins: [npmPackagesExternal, prismaWasmReadOnce(outdir), ownImportMetaUrl(outdir)],
    metafile: true,
    logLevel: 'warning',
  });
  const server = path.join(outdir, 'server.js');
  const output = Object.entries(result.metafile.outputs).find(([file]) => path.resolve(file) === server)?.[1];
  return {
    server,
    kilobytes: Math.round((output?.bytes ?? 0) / 1024),
    modules: Object.keys(result.metafile.inputs).length,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const built = await buildApi();
  const ms = Math.round(performance.now() - started);
  console.log(
    `build-api: ${path.relative(root, built.server)} (${built.kilobytes} KB, ${built.modules} modules) in ${ms} ms`,
  );
}
