// Security headers (CSP for the SPA and the API docs) and a per-IP request budget.
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const securityPlugin = fp(async (app: FastifyInstance, opts: { perMinute: number; https: boolean }) => {
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
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
  // In-process budget against floods; sign-in has its own database-backed limit per account and IP.
  await app.register(rateLimit, { global: true, max: opts.perMinute, timeWindow: '1 minute' });
});
