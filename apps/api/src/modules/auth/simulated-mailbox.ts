// While the mail simulator stands in for a mail server, nobody can receive the confirmation link of a registration,
// so the browser that registered may read what was "sent" to its address: the registration hands it a receipt
// (a cookie naming the address and when, signed with a server secret), good for an hour and for that address only.
import type { SimulatedMailbox } from '@beian/contracts';
import type { MailSimulator } from '../../adapters/mail/mail.simulator.ts';
import type { Clock } from '../../lib/clock.ts';
import { keyedMac, sameToken } from '../../lib/keyed-mac.ts';

export const MAILBOX_RECEIPT_TTL_SECONDS = 3_600;
// Registering answers alike for a taken address, so a receipt proves nothing about owning it: the links that give an
// account away (a password reset, a staff invitation) never show in the mailbox, only in the real inbox.
const ACCOUNT_TAKING_LINK = /\/(reset-password|invite)#token=/;
const MESSAGES = 10;
// Mail written in the same millisecond as the receipt (or by a server a little behind) still shows.
const SLACK_MS = 1_000;

export function createSimulatedMailbox(deps: { mail: MailSimulator; clock: Clock; secret: string }) {
  const sign = (payload: string) => keyedMac(deps.secret, 'sim-mailbox', payload);

  function read(receipt: string | undefined): { address: string; since: Date } | null {
    const [address64, issued, signature] = receipt?.split('.') ?? [];
    if (!address64 || !issued || !signature) return null;
    if (!sameToken(sign(`${address64}.${issued}`), signature)) return null;
    const since = new Date(Number(issued));
    const age = deps.clock.now().getTime() - since.getTime();
    if (!Number.isFinite(age) || age > MAILBOX_RECEIPT_TTL_SECONDS * 1000) return null;
    return { address: Buffer.from(address64, 'base64url').toString('utf8'), since };
  }

  return {
    /** The receipt for a registration of `address` made now. */
    receiptFor(address: string): string {
      const payload = `${Buffer.from(address).toString('base64url')}.${deps.clock.now().getTime()}`;
      return `${payload}.${sign(payload)}`;
    },

    /** The emails to the receipt's address since it was issued, or null without a valid receipt. */
    async open(receipt: string | undefined): Promise<SimulatedMailbox | null> {
      const holder = read(receipt);
      if (!holder) return null;
      const since = new Date(holder.since.getTime() - SLACK_MS);
      const mails = await deps.mail.listFor(holder.address, since, MESSAGES);
      return {
        address: holder.address,
        messages: mails
          .filter((m) => !ACCOUNT_TAKING_LINK.test(m.body))
          .map((m) => ({ id: m.id, subject: m.subject, body: m.body, sentAt: m.sentAt.toISOString() })),
      };
    },
  };
}

export type SimulatedMailboxService = ReturnType<typeof createSimulatedMailbox>;
