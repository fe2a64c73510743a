// Vite config for the SPA: React, /api proxied to the local API in dev, output in apps/web/dist for the API to serve.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inlineEntryCss } from './vite-plugins/inline-entry-css.ts';
import { precompress } from './vite-plugins/precompress.ts';
import { preloadLocale } from './vite-plugins/preload-locale.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // The app's stylesheet inlined in index.html and the default language's core messages hinted there; the build's text
  // files also as .br and .gz, for the API to send as they are (vite-plugins/).
  plugins: [react(), inlineEntryCss(), preloadLocale('/src/i18n/locales/zh-CN/core.ts'), precompress()],
  // zod configured as it loads (src/lib/zod-jitless.ts); `zod/v4`, which that module imports, is not redirected.
  resolve: {
    alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./src/lib/zod-jitless.ts', import.meta.url)) }],
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  // `vite preview` reuses the same proxy so a production build can be tried against a local API.
  preview: { proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Read by the prerender step (scripts/prerender-pages.ts) to hint each language's own messages;
    // it removes the file after use.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // zod with the module through which the build imports it (lib/zod-jitless.ts), loaded by the first chunk
            // that builds a schema.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|[\\/]src[\\/]lib[\\/]zod-jitless\.ts$/ },
            // pdf.js is loaded only when a reviewer opens a PDF: its own chunk, not part of every page's vendor code.
            { name: 'pdfjs', test: /node_modules[\\/]pdfjs-dist[\\/]/ },
            // Other libraries are not grouped: a catch-all vendor chunk would be imported by the first page and carry
            // every page's libraries (the HEIC decoder, the QR reader, the public suffix list) into the sign-in page.
          ],
        },
      },
    },
  },
});
