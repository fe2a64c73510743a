// Imported first by the entry point, before any schema exists: zod decides whether to compile its object parsers
// when each schema is built. The page's CSP has no 'unsafe-eval', so compiled parsers could never run, and zod's
// probe for them (new Function) would be reported as a CSP violation on every page. Interpreted parsing only.
import { z } from 'zod';

z.config({ jitless: true });
