// Runs last in the web build, after the sign-in page's prerender has read index.html as vite wrote it: index.html's
// module script and its head's hints become a starter (scripts/starter.ts), as on the sign-in page, so the loading
// line paints before the app's script is fetched and run (docs/decisions/052). Writes index.html's .br and .gz
// copies again.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressFile } from '../vite-plugins/precompress.ts';
import { ENTRY_SCRIPT, hintedChunks, withStarter, writeStarter } from './starter.ts';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const index = path.join(dist, 'index.html');

const html = await readFile(index, 'utf8');
const entry = ENTRY_SCRIPT.exec(html)?.[1];
if (!entry) throw new Error('dist/index.html has no module script for the app (was it rewritten already?)');
const starter = await writeStarter(dist, entry, [entry, ...hintedChunks(html)]);
await writeFile(index, withStarter(html, starter));
await compressFile(index);
console.log(`index.html starts the app after its first paint: ${starter}`);
