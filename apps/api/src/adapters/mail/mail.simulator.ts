// The mail simulator, used when no SMTP server is configured: every email lands in an outbox table instead of
// leaving the machine, so a demo or a test can read what a person would have received.
import type { Db } from '../../infra/db.ts';
import type { Clock } from '../../lib/clock.ts';
import type { MailSender } from './mail.port.ts';

export interface SimulatedMail {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly sentAt: Date;
}

export type MailSimulator = MailSender & {
  readonly simulated: true;
  /** The newest emails first. */
  listOutbox(query: { limit: number }): Promise<SimulatedMail[]>;
  /** The newest emails to one address sent at or after `since`. */
  listFor(to: string, since: Date, limit: number): Promise<SimulatedMail[]>;
};

/** Whether the mail sender in use is the simulator (so that what it "sent" can be shown). */
export const isMailSimulator = (mail: MailSender): mail is MailSimulator =>
  (mail as Partial<MailSimulator>).simulated === true;

type Row = { id: string; to: string; subject: string; body: string; createdAt: Date };
const toMail = (r: Row): SimulatedMail => ({
  id: r.id,
  to: r.to,
  subject: r.subject,
  body: r.body,
  sentAt: r.createdAt,
});

export function createMailSimulator({ db, clock }: { db: Db; clock: Clock }): MailSimulator {
  return {
    simulated: true,
    async send({ to, subject, text }) {
      const row = await db.simMailMessage.create({ data: { to, subject, body: text, createdAt: clock.now() } });
      return { messageId: `sim-${row.id}` };
    },
    close: () => {},
    async listOutbox({ limit }) {
      const rows = await db.simMailMessage.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: limit });
      return rows.map(toMail);
    },
    async listFor(to, since, limit) {
      const rows = await db.simMailMessage.findMany({
        where: { to, createdAt: { gte: since } },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        take: limit,
      });
      return rows.map(toMail);
    },
  };
}
