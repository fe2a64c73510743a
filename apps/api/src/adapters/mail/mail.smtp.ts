// Email through any SMTP server (SMTP_URL), with nodemailer. Addresses and bodies are never logged. nodemailer loads
// with the first email rather than at start: a console whose mail goes to the simulator never loads it.
import type { Transporter } from 'nodemailer';
import type { MailSender } from './mail.port.ts';

export function createSmtpMail({ url, from }: { url: string; from: string }): MailSender {
  let transport: Promise<Transporter> | undefined;
  // Options such as ?pool=true ride on the URL, so an operator tunes the transport without a code change.
  const open = () =>
    (transport ??= import('nodemailer').then(({ default: nodemailer }) => nodemailer.createTransport(url)));
  return {
    async send({ to, subject, text }) {
      const info = await (await open()).sendMail({ from, to, subject, text });
      return { messageId: info.messageId };
    },
    close: () => {
      void transport?.then((opened) => opened.close());
    },
  };
}
