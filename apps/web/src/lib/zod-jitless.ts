// The web build's `zod`: every `import … from 'zod'` resolves here (vite.config.ts), so zod is configured before any
// schema exists, in whichever chunk loads it first; the sign-in page loads none (docs/decisions/049). zod decides
// whether to compile a schema's object parser when the schema is built. The page's CSP has no 'unsafe-eval', so
// compiled parsers could never run, and zod's probe for them (new Function) would be reported as a CSP violation on
// every page. Interpreted parsing only.
import { config } from 'zod/v4';

config({ jitless: true });

export * from 'zod/v4';
export { default } from 'zod/v4';
