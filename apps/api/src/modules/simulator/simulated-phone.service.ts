// The simulated phone of a filing's own numbers (docs/design.md §8): while the SMS gateway is simulated no text reaches
// a phone, so the applicant waiting for a code reads what was "sent" to the mobiles on their own filing — the subject
// principal's and each website principal's — from the SMS field, instead of the admin's outbox. Only the owner sees a
// filing's phone (another account's filing is a 404), and only the texts about this filing (those naming its order
// number): a number typed into a filing does not open the texts another filing had sent to it.
import type { SimulatedPhone } from '@beian/contracts';
import { isValidMainlandMobile } from '@beian/domain';
import type { SmsSimulator } from '../../adapters/sms/sms.simulator.ts';
import type { Filing } from '../../generated/prisma/client.ts';
import { maskMobile } from '../../lib/mask-mobile.ts';
import type { FilingAccess } from '../filings/filing-access.ts';
import { readSubject, readWebsites } from '../filings/filing-data.ts';

const MESSAGES = 20;
// Read a few more than shown: texts about other orders are dropped after the read.
const READ = MESSAGES * 3;

/** The mobiles on the filing as the gateway stores them (11 digits), each once, the subject principal's first. */
function filingMobiles(row: Filing): string[] {
  const typed = [
    readSubject(row.subjectDraft).principal.mobile,
    ...readWebsites(row.websites).map((w) => (w.principal && !w.principal.sameAsSubject ? w.principal.mobile : null)),
  ];
  const mobiles = new Set<string>();
  for (const mobile of typed) {
    const parsed = mobile === null ? null : isValidMainlandMobile(mobile, { blockedPrefixes: [] });
    if (parsed?.ok) mobiles.add(parsed.value.mobile);
  }
  return [...mobiles];
}

export function createSimulatedPhoneService({
  access,
  sms,
}: {
  access: Pick<FilingAccess, 'owned'>;
  sms: SmsSimulator;
}) {
  return {
    async inbox(accountId: string, filingId: string): Promise<SimulatedPhone> {
      const row = await access.owned(accountId, filingId);
      const mobiles = filingMobiles(row);
      const texts = mobiles.length ? await sms.listTo({ mobiles, since: row.createdAt, limit: READ }) : [];
      return {
        mobiles: mobiles.map(maskMobile),
        messages: texts
          .filter((m) => m.orderNo === row.orderNo)
          .slice(0, MESSAGES)
          .map(({ id, mobileMasked, template, purpose, body, sentAt }) => ({
            id,
            mobileMasked,
            template,
            purpose,
            body,
            sentAt: sentAt.toISOString(),
          })),
      };
    },
  };
}

export type SimulatedPhoneService = ReturnType<typeof createSimulatedPhoneService>;
