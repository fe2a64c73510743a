// Rewrites the generated section of docs/demo-data.md: npx tsx apps/api/src/seed/simulators/write-demo-data-doc.ts
import { readFile, writeFile } from 'node:fs/promises';
import { DEMO_DATA_DOC, renderDemoData, replaceGeneratedSection } from './demo-data-doc.ts';

const doc = await readFile(DEMO_DATA_DOC, 'utf8');
await writeFile(DEMO_DATA_DOC, replaceGeneratedSection(doc, renderDemoData()));
process.stdout.write(`updated ${DEMO_DATA_DOC}\n`);
