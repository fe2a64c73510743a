// Email through any SMTP server (SMTP_URL), with nodemailer. Addresses and bodies are never logged.
import nodemailer from 'nodemailer';
import type { MailSender } from './mail.port.ts';

export function createSmtpMail({ url, from }: { url: string; from: string }): MailSender {
  // Options such as ?pool=true ride on the URL, so an operator tunes the transport without a code change.
  const transport = nodemailer.createTransport(url);
  return {
    async send({ to, subject, text }) {
      const info = await transport.sendMail({ from, to, subject, text });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
