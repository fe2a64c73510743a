// buildApp(deps): plugins, then feature modules, wired in this one place. No listen: tests use inject.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { createAdapters } from './adapters/index.ts';
import { createKeptLookups } from './adapters/kept-lookups.ts';
import { isMailSimulator } from './adapters/mail/mail.simulator.ts';
import { adminArea } from './admin-area.ts';
import type { Config } from './config.ts';
import { createDatabaseOutage } from './infra/database-outage.ts';
import { type Db, sqlOf } from './infra/db.ts';
import { genReqId, loggerOptions } from './infra/logger.ts';
import type { Storage } from './infra/storage.ts';
import { type BackgroundJobs, backgroundJobs } from './jobs/background-jobs.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { publicUrlOf } from './lib/public-url.ts';
import { invitationAcceptRoutes } from './modules/accounts/invitation-accept.routes.ts';
import { createInvitationsRepository } from './modules/accounts/invitations.repository.ts';
import { createInvitationsService } from './modules/accounts/invitations.service.ts';
import { createAppCheckRepository } from './modules/app-check/app-check.repository.ts';
import { appCheckLinkRoutes, appCheckPhoneRoutes } from './modules/app-check/app-check.routes.ts';
import { createAppCheckService } from './modules/app-check/app-check.service.ts';
import { createAuditRepository } from './modules/audit/audit.repository.ts';
import { createAuditService } from './modules/audit/audit.service.ts';
import { accountEmailLinks, createAccountEmailRenderer } from './modules/auth/account-mail.ts';
import { accountSecurityRoutes } from './modules/auth/account-security.routes.ts';
import { createAccountSecurityService } from './modules/auth/account-security.service.ts';
import { createAuthRepository } from './modules/auth/auth.repository.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { createAuthCookies, KNOWN_DEVICE_DAYS } from './modules/auth/auth-cookies.ts';
import { createLinkTokens } from './modules/auth/link-tokens.ts';
import { createLoginThrottleRepository } from './modules/auth/login-throttle.repository.ts';
import { createLoginThrottle } from './modules/auth/login-throttle.ts';
import { createPasswordResetRepository } from './modules/auth/password-reset.repository.ts';
import { passwordResetRoutes } from './modules/auth/password-reset.routes.ts';
import { createPasswordResetService } from './modules/auth/password-reset.service.ts';
import { createRegistrationService } from './modules/auth/registration.service.ts';
import { createSessionCache } from './modules/auth/session-cache.ts';
import { createSessionInvalidationListener } from './modules/auth/session-invalidation-listener.ts';
import { createSessionLookup } from './modules/auth/session-lookup.repository.ts';
import { createSessionOpener } from './modules/auth/session-opener.ts';
import { createSignInKeys } from './modules/auth/sign-in-keys.ts';
import { createSimulatedMailbox } from './modules/auth/simulated-mailbox.ts';
import { createVerificationTokens } from './modules/auth/verification-token.ts';
import { bureauCheckRoutes, bureauReviewRoutes } from './modules/bureau/bureau.routes.ts';
import { createBureauStage } from './modules/bureau/bureau-stage.ts';
import { createCalendarRepository } from './modules/calendar/calendar.repository.ts';
import { createCalendarSource } from './modules/calendar/calendar-source.ts';
import { createCurtainRepository } from './modules/curtain/curtain.repository.ts';
import { curtainRoutes } from './modules/curtain/curtain.routes.ts';
import { createCurtainDispatch } from './modules/curtain/curtain-dispatch.job.ts';
import { createCurtainRequestService } from './modules/curtain/curtain-request.service.ts';
import type { EditScope } from './modules/filings/edit-scope.ts';
import { createFiledViewService } from './modules/filings/filed-view.service.ts';
import { createFilingAccess } from './modules/filings/filing-access.ts';
import { createContactOf } from './modules/filings/filing-contact.ts';
import { filingProgressRoutes } from './modules/filings/filing-progress.routes.ts';
import { createFilingProgressService } from './modules/filings/filing-progress.service.ts';
import { createFilingReads } from './modules/filings/filing-reads.repository.ts';
import { createRejectionOf, rejectionScope } from './modules/filings/filing-rejection.ts';
import { createFilingTransitions } from './modules/filings/filing-transitions.ts';
import { createFilingsRepository } from './modules/filings/filings.repository.ts';
import { filingsRoutes } from './modules/filings/filings.routes.ts';
import { createFilingsService } from './modules/filings/filings.service.ts';
import { createIdleFilings } from './modules/filings/idle-filings.job.ts';
import { createIdleFilingsRepository } from './modules/filings/idle-filings.repository.ts';
import { createPasswordLockRepository } from './modules/filings/password-lock.repository.ts';
import { createPasswordLocks } from './modules/filings/password-lock.ts';
import { createSmsCodeService } from './modules/filings/sms-code.service.ts';
import { createSmsCodesRepository } from './modules/filings/sms-codes.repository.ts';
import { createSmsHasher } from './modules/filings/sms-codes.ts';
import { createStaffAccess } from './modules/filings/staff-access.ts';
import { subjectRoutes } from './modules/filings/subject.routes.ts';
import { createSubjectService } from './modules/filings/subject.service.ts';
import { createVerifyService } from './modules/filings/verify.service.ts';
import { websitesRoutes } from './modules/filings/websites.routes.ts';
import { createWebsitesService } from './modules/filings/websites.service.ts';
import { healthRoutes } from './modules/health/health.routes.ts';
import { createExpiredPurge } from './modules/housekeeping/housekeeping.job.ts';
import { createHousekeepingRepository } from './modules/housekeeping/housekeeping.repository.ts';
import { createInspectedStore } from './modules/materials/inspected-store.ts';
import { createMaterialContext } from './modules/materials/material-context.ts';
import { createMaterialObjects } from './modules/materials/material-objects.ts';
import { createOrphanCollection } from './modules/materials/material-orphans.job.ts';
import { createMaterialUploads } from './modules/materials/material-upload.service.ts';
import { createMaterialsRepository } from './modules/materials/materials.repository.ts';
import { materialContentRoutes, materialsRoutes } from './modules/materials/materials.routes.ts';
import { createMaterialsService } from './modules/materials/materials.service.ts';
import { createNotificationDispatch } from './modules/notifications/notification-dispatch.job.ts';
import { createNotificationOutbox } from './modules/notifications/notifications.outbox.ts';
import { createNotificationsRepository } from './modules/notifications/notifications.repository.ts';
import { notificationsRoutes } from './modules/notifications/notifications.routes.ts';
import { createNotificationsService } from './modules/notifications/notifications.service.ts';
import { photoContentRoutes } from './modules/photo/photo-content.routes.ts';
import { photoCurtainRoutes } from './modules/photo/photo-curtain.routes.ts';
import { createPhotoStepRepository } from './modules/photo/photo-step.repository.ts';
import { photoStepRoutes } from './modules/photo/photo-step.routes.ts';
import { createPhotoStepService } from './modules/photo/photo-step.service.ts';
import { createPhotoSubmission } from './modules/photo/photo-submission.service.ts';
import { createPhotoViews } from './modules/photo/photo-views.service.ts';
import { createPhotosRepository } from './modules/photo/photos.repository.ts';
import { photoPointRoutes } from './modules/photo-point/photo-point.routes.ts';
import { createPhotoPointService } from './modules/photo-point/photo-point.service.ts';
import { photoPointDirectoryRoutes } from './modules/photo-point/photo-point-directory.routes.ts';
import { createPhotoPointDirectory } from './modules/photo-point/photo-point-directory.service.ts';
import { createRequestBudgetRepository } from './modules/request-budget/request-budget.repository.ts';
import { createRequestBudget } from './modules/request-budget/request-budget.ts';
import { resourcesRoutes } from './modules/resources/resources.routes.ts';
import { createResourcesService } from './modules/resources/resources.service.ts';
import { createReviewRepository } from './modules/review/review.repository.ts';
import { reviewRoutes } from './modules/review/review.routes.ts';
import { createReviewService } from './modules/review/review.service.ts';
import { createReviewClaimsRepository } from './modules/review/review-claims.repository.ts';
import { reviewDecisionRoutes } from './modules/review/review-decisions.routes.ts';
import { createReviewDecisionService } from './modules/review/review-decisions.service.ts';
import { createReviewDetailRepository } from './modules/review/review-detail.repository.ts';
import { reviewDetailRoutes } from './modules/review/review-detail.routes.ts';
import { createReviewDetailService } from './modules/review/review-detail.service.ts';
import { reviewPhotoRoutes } from './modules/review/review-photo.routes.ts';
import { createReviewQueueRepository } from './modules/review/review-queue.repository.ts';
import { reviewQueueRoutes } from './modules/review/review-queue.routes.ts';
import { createReviewQueueService } from './modules/review/review-queue.service.ts';
import { createQueueChangesPurge } from './modules/review/review-queue-changes.ts';
import { reviewersRoutes } from './modules/review/reviewers.routes.ts';
import { createReviewersService } from './modules/review/reviewers.service.ts';
import { createRuleSetsRepository } from './modules/rules/rule-sets.repository.ts';
import { createRuleSets } from './modules/rules/rule-sets.ts';
import { createSetupRepository } from './modules/setup/setup.repository.ts';
import { setupRoutes } from './modules/setup/setup.routes.ts';
import { createSetupService, type SetupService } from './modules/setup/setup.service.ts';
import { miitSmsCheckRoutes } from './modules/simulator/miit-sms-check.routes.ts';
import { createMiitSmsCheckService } from './modules/simulator/miit-sms-check.service.ts';
import { simulatedPhoneRoutes } from './modules/simulator/simulated-phone.routes.ts';
import { createSimulatedPhoneService } from './modules/simulator/simulated-phone.service.ts';
import { simulatorRoutes } from './modules/simulator/simulator.routes.ts';
import { createSimulatorService } from './modules/simulator/simulator.service.ts';
import { createSubmissionRepository } from './modules/submission/submission.repository.ts';
import { submissionRoutes } from './modules/submission/submission.routes.ts';
import { createSubmissionService } from './modules/submission/submission.service.ts';
import { authPlugin } from './plugins/auth.plugin.ts';
import { docsPlugin } from './plugins/docs.plugin.ts';
import { errorsPlugin } from './plugins/errors.plugin.ts';
import { frameworkErrorOptions } from './plugins/framework-errors.ts';
import { parseQueryString } from './plugins/query-string.ts';
import { responseCompressionPlugin } from './plugins/response-compression.plugin.ts';
import { responseSerializer } from './plugins/response-serializer.ts';
import { createRouteTable } from './plugins/route-table.ts';
import { securityPlugin } from './plugins/security.plugin.ts';
import { validatorCompiler } from './plugins/validation.ts';
import { webPlugin } from './plugins/web.plugin.ts';

export type AppDeps = {
  config: Config;
  db: Db;
  storage: Storage;
  clock?: Clock;
  /** Where the log goes; standard output unless given. */
  logStream?: DestinationStream;
};

declare module 'fastify' {
  interface FastifyInstance {
    /** The background jobs of this app, for server.ts's job runner (and for tests to call directly). */
    backgroundJobs: BackgroundJobs;
    /** The first-administrator setup, for server start to print its one-time link. */
    setup: SetupService;
    /** The one clock of this app: services, jobs and anything that judges time on the app's behalf read it. */
    clock: Clock;
    /** The session cache's state, and settle(): resolves once the invalidations committed so far were handled. */
    sessionCache: { settle(): Promise<void>; readonly listening: boolean; readonly size: number };
  }
}

const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export async function buildApp({ config, db, storage, clock = systemClock, logStream }: AppDeps) {
  // Every route's method and path, for the answers Fastify gives before a route is found (framework-errors.ts).
  const routes = createRouteTable();
  const app = Fastify({
    logger: loggerOptions(config.LOG_LEVEL, logStream),
    genReqId,
    requestIdHeader: false,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1_048_576,
    routerOptions: { querystringParser: parseQueryString },
    ...frameworkErrorOptions(routes),
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('clock', clock);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await app.register(responseCompressionPlugin);

  // The holiday calendar every working-day due time is counted on: built-in data with the admin's published years.
  const calendarRepo = createCalendarRepository(db);
  const calendarSource = createCalendarSource({ repo: calendarRepo, clock });
  const adapters = createAdapters({ config, db, clock, calendar: () => calendarSource.current() });
  const { simulators } = adapters;
  // Accounts: sign-in slowed per account, IP and known device; registration confirmed by an emailed link.
  const authRepo = createAuthRepository(db);
  const notificationsRepo = createNotificationsRepository(db);
  const throttle = createLoginThrottle({
    db,
    repo: createLoginThrottleRepository(db),
    clock,
    windowMinutes: config.LOGIN_WINDOW_MINUTES,
  });
  // Keys, link tokens and mailbox receipts are keyed with the same secret as certificate numbers, each under its label.
  const signInKeys = createSignInKeys(config.certHashKey, {
    account: { freeFailures: config.LOGIN_FREE_FAILURES, maxDelaySeconds: config.LOGIN_MAX_DELAY_SECONDS },
    ip: { freeFailures: config.LOGIN_IP_FREE_FAILURES, maxDelaySeconds: config.LOGIN_IP_MAX_DELAY_SECONDS },
  });
  const verificationTokens = createVerificationTokens(config.certHashKey);
  const linkTokens = createLinkTokens(config.certHashKey);
  const emailLinks = accountEmailLinks(publicUrlOf(config), verificationTokens, linkTokens);
  // The sessions looked up lately, kept true across processes by the database's notifications (docs/decisions/042).
  // Only on a real PostgreSQL: PGlite behind its socket delivers a notification to the connection that sent it alone,
  // so on the embedded database the cache stays off.
  const sessionCache = createSessionCache({ clock });
  const invalidations = config.DATABASE_URL
    ? createSessionInvalidationListener({
        // LISTEN lasts as long as its connection: straight to PostgreSQL where a pooler stands in between.
        url: config.DATABASE_DIRECT_URL ?? config.DATABASE_URL,
        cache: sessionCache,
        log: app.log,
      })
    : null;
  if (invalidations) {
    app.addHook('onReady', async () => invalidations.start());
    app.addHook('onClose', async () => invalidations.close());
  }
  app.decorate('sessionCache', {
    settle: async () => invalidations?.settle(),
    get listening() {
      return invalidations?.listening ?? false;
    },
    get size() {
      return sessionCache.size;
    },
  });
  const openSession = createSessionOpener({
    repo: authRepo,
    cache: sessionCache,
    clock,
    sessionTtlHours: config.SESSION_TTL_HOURS,
  });
  // The account's emails (confirmation link, password changed) wait in the same outbox as every other email.
  const outbox = createNotificationOutbox(notificationsRepo);
  const auth = createAuthService({
    repo: authRepo,
    sessions: createSessionLookup(sqlOf(db)),
    cache: sessionCache,
    throttle,
    keys: signInKeys,
    openSession,
    clock,
  });
  const registration = createRegistrationService({
    db,
    repo: authRepo,
    outbox,
    tokens: verificationTokens,
    openSession,
    clock,
    // On the simulated cloud every confirmed account gets the standard demo resources to file with.
    onVerified: simulators
      ? async (accountId) => {
          await simulators.cloud.grantDemoResources(accountId);
        }
      : undefined,
  });
  const accountSecurity = createAccountSecurityService({
    db,
    repo: authRepo,
    throttle,
    keys: signInKeys,
    outbox,
    cache: sessionCache,
    clock,
  });
  const authCookies = createAuthCookies(config.COOKIE_SECURE);
  const mailbox = isMailSimulator(adapters.mail)
    ? createSimulatedMailbox({ mail: adapters.mail, clock, secret: config.certHashKey })
    : null;
  const review = createReviewService({ repo: createReviewRepository(db), calendar: calendarSource, clock });
  const auditRepo = createAuditRepository(db);
  const audit = createAuditService({ db, repo: auditRepo, clock });
  const reviewClaims = createReviewClaimsRepository(db);
  // Reviewers and admins see a filing only once it was handed over for review (docs/decisions/014).
  const staff = createStaffAccess(db);
  const reviewQueue = createReviewQueueService({
    db,
    queue: createReviewQueueRepository(sqlOf(db)),
    claims: reviewClaims,
    audit: auditRepo,
    staff,
    clock,
  });
  const reviewers = createReviewersService({ db, clock });
  // Staff invitations (their link is public) and the forgotten-password link (decision 030).
  const invitations = createInvitationsService({
    db,
    repo: createInvitationsRepository(db),
    authRepo,
    audit: auditRepo,
    outbox,
    tokens: linkTokens,
    linkFor: emailLinks.invitation,
    openSession,
    clock,
  });
  const passwordReset = createPasswordResetService({
    db,
    repo: createPasswordResetRepository(db),
    authRepo,
    audit: auditRepo,
    outbox,
    tokens: linkTokens,
    cache: sessionCache,
    clock,
  });
  const setup = createSetupService({ repo: createSetupRepository(db), audit: auditRepo, clock });
  app.decorate('setup', setup);

  // The province rules and the MIIT suffix list as admins publish them: a filing keeps the versions it was created
  // under (docs/decisions/027), and everything that judges it reads its province's rules through rulesOf.
  const ruleSetsRepo = createRuleSetsRepository(db);
  const ruleSets = createRuleSets({ repo: ruleSetsRepo, clock });
  const { rulesOf } = ruleSets;

  // The applicant's filing wizard. A filing rejected in initial review may change only what the rejection names.
  const rejectionOf = createRejectionOf(db);
  const editScope: EditScope = rejectionScope(rejectionOf);
  const filingsRepo = createFilingsRepository(db);
  const filingReads = createFilingReads(sqlOf(db));
  // Every state change of a filing goes through this one helper: guarded transition, event, version (docs/design.md §4.3).
  const applyTransition = createFilingTransitions({ db, repo: filingsRepo, clock });
  const passwordLocks = createPasswordLocks({ repo: createPasswordLockRepository(db), clock });
  const access = createFilingAccess({
    repo: filingsRepo,
    reads: filingReads,
    passwordLocks,
    clock,
    editScope,
    rejectionOf,
  });
  const { miit, cloud, certHasher } = adapters;
  const filingServices = {
    verify: createVerifyService({ db, repo: filingsRepo, adapters, ruleSets, clock }),
    filings: createFilingsService({
      repo: filingsRepo,
      reads: filingReads,
      access,
      applyTransition,
      cloud,
      clock,
    }),
    subject: createSubjectService({ access, passwordLocks, miit, certHasher, clock }),
    smsCodes: createSmsCodeService({
      access,
      repo: createSmsCodesRepository(db),
      sms: adapters.sms,
      // Codes and numbers are hashed with the same secret as certificate numbers, each under its own label.
      hasher: createSmsHasher(config.certHashKey),
      clock,
    }),
    websites: createWebsitesService({ access, miit, cloud, certHasher, clock }),
    // What the applicant sees of a submitted filing: the timeline (decision 025) and, once filed, the registry's view.
    progress: createFilingProgressService({ repo: filingsRepo, access, rulesOf, calendar: calendarSource, clock }),
    filedView: createFiledViewService({ repo: filingsRepo, access, miit }),
  };
  const resources = createResourcesService({ cloud, clock });

  // Step 3: materials, the verification sheet and submission; notifications through the outbox.
  const materialsRepo = createMaterialsRepository(db);
  const materialObjects = createMaterialObjects(storage);
  const contexts = createMaterialContext({ access, miit, rulesOf });
  const materialDeps = { db, repo: materialsRepo, contexts, objects: materialObjects, clock, log: app.log };
  const materials = createMaterialsService({ ...materialDeps, access, staff });
  const uploads = createMaterialUploads(materialDeps);
  // The applicant's address and the principal's confirmed mobile, as the submission notice used them.
  const contactOf = createContactOf(filingsRepo);
  const submission = createSubmissionService({
    access,
    contexts,
    materials: materialsRepo,
    repo: createSubmissionRepository(db),
    applyTransition,
    outbox,
    cloud,
    calendar: calendarSource,
    clock,
  });
  const notifications = createNotificationsService({ repo: notificationsRepo, clock });
  // Step 4: every verification photo (curtain selfie, app check, photo point) goes through this one submitPhoto.
  const photos = createPhotosRepository(db);
  const submitPhoto = createPhotoSubmission({
    applyTransition,
    photos,
    store: createInspectedStore({ objects: materialObjects, log: app.log }),
    outbox,
    contactOf,
    rulesOf,
    calendar: calendarSource,
    clock,
  });
  // The curtain mail-out: one free curtain per account (more on an admin's grant), shipped from the admin's desk on its
  // planned day (or by the dispatch job with CURTAIN_AUTO_DISPATCH).
  const curtainRepo = createCurtainRepository(db);
  const curtain = createCurtainRequestService({
    access,
    repo: curtainRepo,
    courier: adapters.courier,
    rulesOf,
    calendar: calendarSource,
    clock,
  });
  // The Shanghai app check: a one-time link for the principal's phone, whose photo goes through the same submitPhoto.
  const appCheck = createAppCheckService({
    access,
    filings: filingsRepo,
    repo: createAppCheckRepository(db),
    certHasher,
    submitPhoto,
    rulesOf,
    clock,
  });
  const photoPoint = createPhotoPointService({ db, audit: auditRepo, objects: materialObjects, submitPhoto, clock });
  const photoPointDirectory = createPhotoPointDirectory({ db });
  // The photo read back: described on step 4 and in the second review, its bytes for the owner and staff.
  const photoViews = createPhotoViews({ db, photos, objects: materialObjects, staff });
  const photoStep = createPhotoStepService({
    access,
    repo: createPhotoStepRepository(db),
    photoViews,
    rulesOf,
  });
  // The registry's and the registrar's answers a reviewer sees are kept for a minute (decision 054).
  const keptLookups = createKeptLookups({ miit, registrar: adapters.registrar, clock });
  const reviewDetail = createReviewDetailService({
    repo: createReviewDetailRepository(sqlOf(db)),
    detailOf: access.detailRead,
    miit: keptLookups.miit,
    registrar: keptLookups.registrar,
    staff,
    rulesOf,
    clock,
  });
  // The bureau stage: the second approval's round handed to MIIT, its SMS check and the bureau's decision by polling.
  const filingParts = { filings: filingsRepo, access, staff, applyTransition, outbox, contactOf, rulesOf };
  const bureau = createBureauStage({ ...filingParts, db, adapters, calendar: calendarSource, clock, log: app.log });
  const reviewDecisions = createReviewDecisionService({
    filings: filingsRepo,
    applyTransition,
    outbox,
    contactOf,
    staff,
    rounds: bureau.rounds,
    clock,
  });
  app.decorate(
    'backgroundJobs',
    backgroundJobs({
      dispatchNotifications: createNotificationDispatch({
        repo: notificationsRepo,
        sms: adapters.sms,
        mail: adapters.mail,
        clock,
        otherEmails: createAccountEmailRenderer(emailLinks),
      }),
      collectOrphans: createOrphanCollection({ objects: materialObjects, repo: materialsRepo, clock }),
      purgeExpired: createExpiredPurge({
        repo: createHousekeepingRepository(db),
        clock,
        loginWindowMinutes: config.LOGIN_WINDOW_MINUTES,
        knownDeviceDays: KNOWN_DEVICE_DAYS,
      }),
      purgeQueueChanges: createQueueChangesPurge(sqlOf(db)),
      idleFilings: createIdleFilings({
        db,
        repo: createIdleFilingsRepository(db),
        filings: filingsRepo,
        applyTransition,
        outbox,
        contactOf,
        cloud,
        clock,
        log: app.log,
      }),
      // Off by default: the admin dispatches by hand from the curtain desk (decision 029).
      dispatchCurtains: config.CURTAIN_AUTO_DISPATCH
        ? createCurtainDispatch({
            db,
            repo: curtainRepo,
            courier: adapters.courier,
            filings: filingsRepo,
            outbox,
            clock,
            log: app.log,
          })
        : null,
      ...bureau.jobs,
    }),
  );
  app.addHook('onClose', async () => adapters.mail.close());

  const outage = createDatabaseOutage({ probe: () => db.$queryRaw`SELECT 1`, log: app.log });
  app.addHook('onClose', async () => outage.close());
  // The request budget comes first: nothing before it may touch the database (the session lookup does). It is shared
  // by every process through PostgreSQL, and counted in this process alone while the database is away (decision 033).
  const budget = createRequestBudget({
    repo: createRequestBudgetRepository(db),
    clock,
    perMinute: config.RATE_LIMIT_PER_MINUTE,
    secret: config.certHashKey,
    outage,
    log: app.log,
  });
  await app.register(securityPlugin, { budget, https: config.COOKIE_SECURE });
  await app.register(errorsPlugin, { routes, outage });
  await app.register(docsPlugin);
  await app.register(authPlugin, { auth });

  await app.register(healthRoutes, { db, storage });
  await app.register(authRoutes, { prefix: '/api/auth', auth, registration, cookies: authCookies, mailbox });
  await app.register(accountSecurityRoutes, { prefix: '/api/auth', security: accountSecurity, cookies: authCookies });
  await app.register(passwordResetRoutes, { prefix: '/api/auth', passwordReset });
  await app.register(invitationAcceptRoutes, { prefix: '/api/auth', invitations, cookies: authCookies });
  await app.register(setupRoutes, { prefix: '/api/setup', setup });
  await app.register(reviewRoutes, { prefix: '/api/review', review });
  await app.register(reviewQueueRoutes, { prefix: '/api/review', queue: reviewQueue });
  await app.register(reviewersRoutes, { prefix: '/api/review', reviewers });
  await app.register(reviewDecisionRoutes, { prefix: '/api/review', decisions: reviewDecisions });
  await app.register(reviewDetailRoutes, { prefix: '/api/review', detail: reviewDetail });
  await app.register(bureauReviewRoutes, { prefix: '/api/review', returns: bureau.returns });
  await app.register(reviewPhotoRoutes, { prefix: '/api/review', filings: filingsRepo, staff, photoViews });
  // The admin console (/api/admin): its own services, and one role check for every route in it.
  await app.register(adminArea, {
    prefix: '/api/admin',
    db,
    clock,
    auditRepo,
    audit,
    invitations,
    ruleSets,
    ruleSetsRepo,
    calendarRepo,
    calendarSource,
    filings: filingsRepo,
    outbox,
    simulators,
    sessionCache,
    reviewClaims,
  });
  await app.register(photoPointRoutes, { prefix: '/api/photo-point', photoPoint });
  await app.register(photoPointDirectoryRoutes, { prefix: '/api/photo-points', directory: photoPointDirectory });
  await app.register(filingsRoutes, { prefix: '/api/filings', ...filingServices });
  await app.register(subjectRoutes, { prefix: '/api/filings', ...filingServices, simulatedPhone: simulators !== null });
  await app.register(websitesRoutes, { prefix: '/api/filings', ...filingServices });
  await app.register(filingProgressRoutes, { prefix: '/api/filings', ...filingServices });
  await app.register(materialsRoutes, { prefix: '/api/filings', materials, uploads });
  await app.register(submissionRoutes, { prefix: '/api/filings', submission });
  await app.register(photoStepRoutes, { prefix: '/api/filings', photoStep });
  await app.register(bureauCheckRoutes, { prefix: '/api/filings', check: bureau.check });
  await app.register(photoCurtainRoutes, { prefix: '/api/filings', access, submitPhoto });
  await app.register(curtainRoutes, { curtain });
  await app.register(appCheckLinkRoutes, { prefix: '/api/filings', appCheck });
  await app.register(appCheckPhoneRoutes, { prefix: '/api/app-check', appCheck });
  await app.register(materialContentRoutes, { prefix: '/api/materials', materials });
  await app.register(photoContentRoutes, { prefix: '/api/photos', photoViews });
  await app.register(notificationsRoutes, { prefix: '/api/notifications', notifications });
  await app.register(resourcesRoutes, { prefix: '/api/resources', resources });
  if (simulators) {
    const simulator = createSimulatorService({ simulators, audit, clock });
    await app.register(simulatorRoutes, { prefix: '/api/simulator', simulator });
    // MIIT's verification page, simulated: public, like the real one.
    const smsCheck = createMiitSmsCheckService({ bureau: simulators.bureau });
    await app.register(miitSmsCheckRoutes, { prefix: '/api/miit', smsCheck });
    // The applicant's view of the simulated phone: the texts to the numbers on their own filing.
    const phone = createSimulatedPhoneService({ access, sms: simulators.sms });
    await app.register(simulatedPhoneRoutes, { prefix: '/api/filings', phone });
  }
  await app.register(webPlugin, { distDir: config.WEB_DIST_DIR ? path.resolve(config.WEB_DIST_DIR) : defaultWebDist });

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
