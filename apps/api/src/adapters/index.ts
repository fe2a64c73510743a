// The one place that chooses the adapters for the outside systems (config.simulated, see outside-systems.ts). MIIT,
// the domain registries, the cloud inventory, the SMS gateway and the courier offer no public API, so today their only
// implementations are the simulators; email goes to SMTP when SMTP_URL is set and to the mail simulator otherwise.
import type { WorkingDayCalendar } from '@beian/domain';
import type { Config } from '../config.ts';
import { type Db, sqlOf } from '../infra/db.ts';
import { type CertHasher, createCertHasher } from '../lib/cert-hash.ts';
import type { Clock } from '../lib/clock.ts';
import type { CloudInventory } from './cloud/cloud.port.ts';
import { type CloudSimulator, createCloudSimulator } from './cloud/cloud.simulator.ts';
import type { Courier } from './courier/courier.port.ts';
import { type CourierSimulator, createCourierSimulator } from './courier/courier.simulator.ts';
import type { MailSender } from './mail/mail.port.ts';
import { createMailSimulator } from './mail/mail.simulator.ts';
import { createSmtpMail } from './mail/mail.smtp.ts';
import type { MiitRegistry } from './miit/miit.port.ts';
import { createMiitSimulator } from './miit/miit.simulator.ts';
import type { MiitBureau } from './miit/miit-bureau.port.ts';
import { type BureauSimulator, createBureauSimulator } from './miit/miit-bureau.simulator.ts';
import type { DomainRegistry } from './registrar/registrar.port.ts';
import { createRegistrarSimulator } from './registrar/registrar.simulator.ts';
import type { SmsGateway } from './sms/sms.port.ts';
import { createSmsSimulator, type SmsSimulator } from './sms/sms.simulator.ts';

/** What a simulator offers beyond its port: the admin simulator page and the demo grants. */
export type Simulators = {
  bureau: BureauSimulator;
  cloud: CloudSimulator;
  courier: CourierSimulator;
  sms: SmsSimulator;
};

export type Adapters = {
  miit: MiitRegistry;
  bureau: MiitBureau;
  registrar: DomainRegistry;
  cloud: CloudInventory;
  sms: SmsGateway;
  courier: Courier;
  /** SMTP when SMTP_URL is set, otherwise the mail simulator. */
  mail: MailSender;
  certHasher: CertHasher;
  /** null once production adapters are wired: nothing to inspect or grant then. */
  simulators: Simulators | null;
};

export type AdapterDeps = {
  config: Config;
  db: Db;
  clock: Clock;
  /** The holiday calendar in force, for the simulated bureau's decision days. */
  calendar?: () => Promise<WorkingDayCalendar>;
};

export function createAdapters({ config, db, clock, calendar }: AdapterDeps): Adapters {
  const certHasher = createCertHasher(config.certHashKey);
  // loadConfig refuses to start when a system is neither simulated nor has a production adapter; MIIT, the
  // registries, the cloud inventory, SMS and the courier have none, so a running console simulates them.
  const sms = createSmsSimulator({ db, clock });
  const simulators: Simulators = {
    sms,
    bureau: createBureauSimulator({
      db,
      clock,
      sms,
      certHasher,
      autoDecision: { days: config.SIM_BUREAU_DECISION_DAYS, minutes: config.SIM_BUREAU_DECISION_MINUTES },
      calendar,
    }),
    cloud: createCloudSimulator({ db, clock }),
    courier: createCourierSimulator({ db, clock }),
  };
  const sql = sqlOf(db);
  return {
    miit: createMiitSimulator({ db, sql, certHasher, secretKey: config.certHashKey }),
    registrar: createRegistrarSimulator({ sql }),
    ...simulators,
    // Email has a real protocol, so it needs no simulator once a server is configured.
    mail: config.SMTP_URL
      ? createSmtpMail({ url: config.SMTP_URL, from: config.MAIL_FROM })
      : createMailSimulator({ db, clock }),
    certHasher,
    simulators,
  };
}
