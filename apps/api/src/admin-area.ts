// The admin console's API (/api/admin): the services only admins use, wired here and registered in one scope whose
// every request is refused (401, 403) before its body is read unless an admin sent it. buildApp (app.ts) registers
// this area and passes in what it shares with the rest of the app.
import type { FastifyPluginAsync } from 'fastify';
import type { Simulators } from './adapters/index.ts';
import type { Db } from './infra/db.ts';
import type { Clock } from './lib/clock.ts';
import { createAccountsRepository } from './modules/accounts/accounts.repository.ts';
import { accountsRoutes } from './modules/accounts/accounts.routes.ts';
import { createAccountsService } from './modules/accounts/accounts.service.ts';
import { invitationsRoutes } from './modules/accounts/invitations.routes.ts';
import type { InvitationsService } from './modules/accounts/invitations.service.ts';
import { createPointOperators } from './modules/admin-photo-points/admin-photo-point-operators.service.ts';
import { adminPhotoPointsRoutes } from './modules/admin-photo-points/admin-photo-points.routes.ts';
import { createAdminPhotoPoints } from './modules/admin-photo-points/admin-photo-points.service.ts';
import type { AuditRepository } from './modules/audit/audit.repository.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import type { AuditService } from './modules/audit/audit.service.ts';
import type { SessionEvictions } from './modules/auth/session-cache.ts';
import type { CalendarRepository } from './modules/calendar/calendar.repository.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { createCalendarService } from './modules/calendar/calendar.service.ts';
import type { CalendarSource } from './modules/calendar/calendar-source.ts';
import { createCurtainDeskRepository } from './modules/curtain/curtain-desk.repository.ts';
import { curtainDeskRoutes } from './modules/curtain/curtain-desk.routes.ts';
import { createCurtainDeskService } from './modules/curtain/curtain-desk.service.ts';
import { createCurtainGrantsService } from './modules/curtain/curtain-grants.service.ts';
import { createCurtainShipping } from './modules/curtain/curtain-shipping.ts';
import type { FilingsRepository } from './modules/filings/filings.repository.ts';
import type { NotificationOutbox } from './modules/notifications/notifications.outbox.ts';
import type { ReviewClaimsRepository } from './modules/review/review-claims.repository.ts';
import type { RuleSetsRepository } from './modules/rules/rule-sets.repository.ts';
import type { RuleSets } from './modules/rules/rule-sets.ts';
import { rulesRoutes } from './modules/rules/rules.routes.ts';
import { createRulesService } from './modules/rules/rules.service.ts';
import { requireRole } from './plugins/auth.plugin.ts';

export type AdminAreaDeps = {
  db: Db;
  clock: Clock;
  /** Every admin write appends its audit row through this, in the write's own transaction. */
  auditRepo: AuditRepository;
  audit: AuditService;
  /** Shared with the public invitation link, which the invitee opens without an account. */
  invitations: InvitationsService;
  ruleSets: RuleSets;
  ruleSetsRepo: RuleSetsRepository;
  calendarRepo: CalendarRepository;
  calendarSource: CalendarSource;
  filings: FilingsRepository;
  outbox: NotificationOutbox;
  simulators: Simulators | null;
  /** A role change or a disabled account evicts the account's cached sessions in this process at once. */
  sessionCache: SessionEvictions;
  /** A disabled reviewer, or one given a role that does not review, hands its claims back to the queue. */
  reviewClaims: ReviewClaimsRepository;
};

export const adminArea: FastifyPluginAsync<AdminAreaDeps> = async (app, deps) => {
  const { db, clock, auditRepo: audit } = deps;
  // One guard for the whole area, on the request: nothing an outsider sends is parsed or validated.
  app.addHook('onRequest', requireRole('ADMIN'));

  // Photo points and the operators placed at them (decision 031).
  const points = createAdminPhotoPoints({ db, audit, clock });
  const operators = createPointOperators({ db, audit, clock, points });
  await app.register(adminPhotoPointsRoutes, { points, operators });

  // The curtain desk: the batch, the courier's CSV both ways, one parcel at a time, further curtains (decision 029).
  const desk = createCurtainDeskRepository(db);
  const recordShipment = createCurtainShipping({
    db,
    desk,
    audit,
    filings: deps.filings,
    outbox: deps.outbox,
    courierSimulator: deps.simulators?.courier ?? null,
    clock,
  });
  await app.register(curtainDeskRoutes, {
    desk: createCurtainDeskService({ db, desk, audit, recordShipment, clock }),
    grants: createCurtainGrantsService({ db, audit, clock }),
  });

  // Province rules and the MIIT suffix list (decision 027); the holiday calendar (decision 028).
  const rules = createRulesService({ db, repo: deps.ruleSetsRepo, ruleSets: deps.ruleSets, audit, clock });
  await app.register(rulesRoutes, { rules });
  const calendar = createCalendarService({
    db,
    repo: deps.calendarRepo,
    source: deps.calendarSource,
    audit,
    clock,
  });
  await app.register(calendarRoutes, { calendar });

  // Users and roles, staff invitations (decision 030); the audit log itself (decision 026).
  const accounts = createAccountsService({
    db,
    repo: createAccountsRepository(db),
    audit,
    cache: deps.sessionCache,
    claims: deps.reviewClaims,
    clock,
  });
  await app.register(accountsRoutes, { accounts });
  await app.register(invitationsRoutes, { invitations: deps.invitations });
  await app.register(auditRoutes, { audit: deps.audit });
};
