// buildApp(deps): plugins, then feature modules, wired in this one place. No listen: tests use inject.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { createAdapters } from './adapters/index.ts';
import type { Config } from './config.ts';
import type { Db } from './infra/db.ts';
import { genReqId, loggerOptions } from './infra/logger.ts';
import type { Storage } from './infra/storage.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { createAuditRepository } from './modules/audit/audit.repository.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { createAuthRepository } from './modules/auth/auth.repository.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { createLoginLimiter } from './modules/auth/login-limiter.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { photoPointRoutes } from './modules/photo-point/photo-point.routes.ts';
import { createPhotoPointService } from './modules/photo-point/photo-point.service.ts';
import { createReviewRepository } from './modules/review/review.repository.ts';
import { reviewRoutes } from './modules/review/review.routes.ts';
import { createReviewService } from './modules/review/review.service.ts';
import { simulatorRoutes } from './modules/simulator/simulator.routes.ts';
import { createSimulatorService } from './modules/simulator/simulator.service.ts';
import { authPlugin } from './plugins/auth.plugin.ts';
import { docsPlugin } from './plugins/docs.plugin.ts';
import { errorsPlugin } from './plugins/errors.plugin.ts';
import { securityPlugin } from './plugins/security.plugin.ts';
import { webPlugin } from './plugins/web.plugin.ts';

export type AppDeps = { config: Config; db: Db; storage: Storage; clock?: Clock };

const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export async function buildApp({ config, db, storage, clock = systemClock }: AppDeps) {
  const app = Fastify({
    logger: loggerOptions(config.LOG_LEVEL),
    genReqId,
    requestIdHeader: false,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const adapters = createAdapters({ config, db, clock });
  const { simulators } = adapters;
  const authRepo = createAuthRepository(db);
  const auth = createAuthService({
    repo: authRepo,
    clock,
    sessionTtlHours: config.SESSION_TTL_HOURS,
    // On the simulated cloud every new account gets the standard demo resources to file with.
    onRegistered: simulators
      ? async (accountId) => {
          await simulators.cloud.grantDemoResources(accountId);
        }
      : undefined,
    limiter: createLoginLimiter({
      repo: authRepo,
      clock,
      maxFailures: config.LOGIN_MAX_FAILURES,
      windowMinutes: config.LOGIN_WINDOW_MINUTES,
    }),
  });
  const review = createReviewService({ repo: createReviewRepository(db), clock });
  const audit = createAuditService({ repo: createAuditRepository(db) });
  const photoPoint = createPhotoPointService({ db });

  await app.register(errorsPlugin);
  await app.register(securityPlugin, { perMinute: config.RATE_LIMIT_PER_MINUTE, https: config.COOKIE_SECURE });
  await app.register(docsPlugin);
  await app.register(authPlugin, { auth, secureCookies: config.COOKIE_SECURE });

  await app.register(healthRoutes, { db, storage });
  await app.register(authRoutes, { prefix: '/api/auth', auth, secureCookies: config.COOKIE_SECURE });
  await app.register(reviewRoutes, { prefix: '/api/review', review });
  await app.register(auditRoutes, { prefix: '/api/admin', audit });
  await app.register(photoPointRoutes, { prefix: '/api/photo-point', photoPoint });
  if (simulators) {
    const simulator = createSimulatorService({ simulators, audit });
    await app.register(simulatorRoutes, { prefix: '/api/simulator', simulator });
  }
  await app.register(webPlugin, { distDir: config.WEB_DIST_DIR ? path.resolve(config.WEB_DIST_DIR) : defaultWebDist });

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
