// Vite config for the SPA: React, /api proxied to the local API in dev, output in apps/web/dist for the API to serve.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  // `vite preview` reuses the same proxy so a production build can be tried against a local API.
  preview: { proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // The public suffix list behind the verify step's live domain check is large and changes on its own cycle.
            { name: 'public-suffixes', test: /node_modules[\\/]tldts(-core)?[\\/]/ },
            // pdf.js is loaded only when a reviewer opens a PDF: its own chunk, not part of every page's vendor code.
            { name: 'pdfjs', test: /node_modules[\\/]pdfjs-dist[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
