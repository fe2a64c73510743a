// The small module a built page loads instead of the app's entry: it lets the browser paint the page first (the
// loading line of index.html, or the prerendered sign-in form), then starts the app. Evaluating the app's script
// (about 190 KB) from the page's head competes with the first paint: on a slow phone the browser showed nothing
// until it had run. A page opened in a background tab, which gets no frames, starts at once. The file is named by
// its content, like every file under /assets/.
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/** index.html's module script: the app's entry, which the starter replaces. */
export const ENTRY_SCRIPT = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/;
/** vite's hints in index.html's head for the chunks the entry imports. */
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="(\/assets\/[^"]+\.js)">/g;

/** The chunks `html`'s head hints. */
export const hintedChunks = (html: string) => [...html.matchAll(MODULE_PRELOAD)].map(([, href]) => href ?? '');

/** Writes a starter for `entry` into `dist/assets` and returns its address. `hints` are the chunks it hints (as
 * modulepreload links) when it starts, in place of the head's hints. Pages whose starters say the same (index.html
 * and the sign-in page in the default language) share one file. */
export async function writeStarter(dist: string, entry: string, hints: string[]): Promise<string> {
  const source =
    `const start=()=>{for(const href of ${JSON.stringify(hints)}){const link=document.createElement('link');` +
    `link.rel='modulepreload';link.crossOrigin='';link.href=href;document.head.append(link)}` +
    `import(${JSON.stringify(entry)})};` +
    `document.visibilityState==='hidden'?start():requestAnimationFrame(()=>requestAnimationFrame(()=>setTimeout(start)));\n`;
  const address = `/assets/start-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
  await writeFile(path.join(dist, address), source);
  return address;
}

/** `html` with its entry script replaced by a starter's and its head's hints removed (the starter gives them). */
export const withStarter = (html: string, starter: string) =>
  html
    .replace(ENTRY_SCRIPT, `<script type="module" crossorigin src="${starter}"></script>`)
    .replace(MODULE_PRELOAD, '');
