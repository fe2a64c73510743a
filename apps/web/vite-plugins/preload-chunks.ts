// Adds modulepreload hints to index.html for chunks the app only imports dynamically but that every first visit needs
// (the default language's core messages). Without the hints their download would only start once the app's own script
// has been fetched and run, one more round trip before the first page can render. A hinted chunk brings the chunks it
// imports, less those the entry already has.
import type { Plugin } from 'vite';

type Chunk = { type: 'chunk'; fileName: string; facadeModuleId: string | null; imports: string[] };
type Output = Chunk | { type: 'asset' };

const isChunk = (output: Output): output is Chunk => output.type === 'chunk';

/** The chunk `fileName` and, recursively, every chunk it imports statically. */
function withImports(bundle: Record<string, Output>, fileName: string, into: Set<string>): Set<string> {
  if (into.has(fileName)) return into;
  into.add(fileName);
  const chunk = bundle[fileName];
  if (chunk && isChunk(chunk)) for (const imported of chunk.imports) withImports(bundle, imported, into);
  return into;
}

export function preloadChunks(modules: string[]): Plugin {
  return {
    name: 'beian:preload-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = (context.bundle ?? {}) as unknown as Record<string, Output>;
        const chunks = Object.values(bundle).filter(isChunk);
        // What index.html loads already: the entry and what it imports (Vite hints those itself).
        const entry = chunks.find((chunk) => chunk.facadeModuleId === context.filename);
        const loaded = entry ? withImports(bundle, entry.fileName, new Set()) : new Set<string>();
        const hinted = new Set<string>();
        for (const module of modules) {
          const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(module));
          if (!chunk) throw new Error(`no chunk for ${module}: is it still loaded dynamically?`);
          withImports(bundle, chunk.fileName, hinted);
        }
        return [...hinted]
          .filter((fileName) => !loaded.has(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
