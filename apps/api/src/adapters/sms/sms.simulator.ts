// The SMS gateway simulator: nothing leaves the machine; every text lands in an outbox table that admins read on
// the simulator page (with the number masked). Numbers and texts are never logged.
import { isValidMainlandMobile } from '@beian/domain';
import { maskMobile } from '../../lib/mask-mobile.ts';
import type { SimulatorDeps } from '../simulator-deps.ts';
import { renderSms, type SmsGateway, type SmsPurpose, type SmsTemplate } from './sms.port.ts';

export interface OutboxMessage {
  readonly id: string;
  readonly mobileMasked: string;
  readonly template: SmsTemplate;
  readonly purpose: SmsPurpose;
  readonly body: string;
  readonly sentAt: Date;
}

export type SmsSimulator = SmsGateway & {
  /** The newest texts first. */
  listOutbox(query: { limit: number }): Promise<OutboxMessage[]>;
  /** The newest texts to any of `mobiles` since `since`, each with the order number it names (if any). */
  listTo(query: { mobiles: string[]; since: Date; limit: number }): Promise<(OutboxMessage & { orderNo?: string })[]>;
};

type OutboxRow = { id: string; mobile: string; template: string; purpose: string; body: string; createdAt: Date };

const toOutboxMessage = (r: OutboxRow): OutboxMessage => ({
  id: r.id,
  mobileMasked: maskMobile(r.mobile),
  template: r.template as SmsTemplate,
  purpose: r.purpose as SmsPurpose,
  body: r.body,
  sentAt: r.createdAt,
});

export function createSmsSimulator({ db, clock }: Pick<SimulatorDeps, 'db' | 'clock'>): SmsSimulator {
  return {
    async send({ mobile, template, params, purpose }) {
      // The gateway itself blocks no ranges; whether MIIT's texts reach a number is the caller's check.
      const parsed = isValidMainlandMobile(mobile, { blockedPrefixes: [] });
      if (!parsed.ok) throw new RangeError(`Not a mainland mobile number (${parsed.reason})`);
      const row = await db.simSmsMessage.create({
        data: {
          mobile: parsed.value.mobile,
          template,
          purpose,
          params,
          body: renderSms(template, params),
          createdAt: clock.now(),
        },
      });
      return { messageId: row.id };
    },

    async listOutbox({ limit }) {
      const rows = await db.simSmsMessage.findMany({ orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: limit });
      return rows.map(toOutboxMessage);
    },

    async listTo({ mobiles, since, limit }) {
      const rows = await db.simSmsMessage.findMany({
        where: { mobile: { in: mobiles }, createdAt: { gte: since } },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        take: limit,
      });
      return rows.map((r) => {
        const orderNo = (r.params as Record<string, unknown> | null)?.orderNo;
        return { ...toOutboxMessage(r), ...(typeof orderNo === 'string' ? { orderNo } : {}) };
      });
    },
  };
}
