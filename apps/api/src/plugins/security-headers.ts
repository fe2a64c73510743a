// The security headers every answer carries (CSP for the SPA and the API docs, and helmet's other defaults),
// worked out once at start. Helmet's Fastify plugin builds its middleware again on every request and parses the CSP
// each time, which cost about 4 % of the API's CPU on hot reads (docs/performance.md); the headers depend on nothing
// in the request, so they are captured once from helmet itself and copied onto each reply.
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

export function securityHeaders(opts: { https: boolean }): Readonly<Record<string, string>> {
  const middleware = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        // The reviewer's viewer draws PDFs with pdf.js, whose worker is a file of this origin (no blob: or data:
        // workers); nothing is framed or embedded (docs/decisions/021-pdf-rendering-under-the-csp.md).
        workerSrc: ["'self'"],
        frameSrc: ["'none'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        // Only behind HTTPS: on plain http://127.0.0.1 it would send the browser to an https port nobody listens on.
        upgradeInsecureRequests: opts.https ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: opts.https,
  });
  const headers: Record<string, string> = {};
  const capture = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let finished = false;
  middleware({} as IncomingMessage, capture as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    finished = true;
  });
  // Helmet's middlewares are synchronous; if a future version were not, the headers would be incomplete.
  if (!finished) throw new Error('helmet did not set its headers synchronously');
  return Object.freeze(headers);
}
