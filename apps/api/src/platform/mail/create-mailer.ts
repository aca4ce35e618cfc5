import type { Mailer, MailSender } from './mail.port.js';
import { OutboxMailer } from './outbox-mailer.adapter.js';
import { SendgridMailer } from './sendgrid-mailer.adapter.js';

export interface CreateMailerOptions {
  /** SendGrid when set; the outbox folder otherwise. */
  sendgridApiKey?: string;
  /** Default `https://api.sendgrid.com/`. */
  sendgridBaseUrl?: string;
  from: MailSender;
  /** Where the outbox mailer writes, default `.data/mail-outbox`. */
  outboxDir?: string;
}

export function createMailer(options: CreateMailerOptions): Mailer {
  const { sendgridApiKey, sendgridBaseUrl, from, outboxDir = '.data/mail-outbox' } = options;
  if (sendgridApiKey) return new SendgridMailer({ apiKey: sendgridApiKey, baseUrl: sendgridBaseUrl, from });
  return new OutboxMailer({ dir: outboxDir, from });
}
