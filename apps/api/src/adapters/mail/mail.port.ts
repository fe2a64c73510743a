// What the API needs from a mail server: send one plain-text email. SMTP in production, a simulator otherwise.

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface MailSender {
  /** Sends the email and returns the server's message id. */
  send(message: MailMessage): Promise<{ messageId: string }>;
  close(): void;
}
