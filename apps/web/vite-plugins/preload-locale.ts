// Adds a modulepreload hint for the default language's core messages to index.html. They are a chunk of their own
// (so an English page load does not fetch Chinese), but most visitors read the default language, and without the hint
// its download would only start once the app's script has run.
import type { Plugin } from 'vite';

export function preloadLocale(localeModule: string): Plugin {
  return {
    name: 'beian:preload-locale',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(localeModule),
        );
        if (!chunk) throw new Error(`no chunk for ${localeModule}: is it still loaded dynamically?`);
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
