import { Client } from '@sendgrid/client';
import { MailService } from '@sendgrid/mail';
import {
  assertMailSender,
  Mailer,
  type MailIssue,
  type MailMessage,
  type MailSender,
  PermanentMailError,
  parseMailMessage,
  RetryableMailError,
  type SentMail,
} from './mail.port.js';

export interface SendgridMailerOptions {
  apiKey: string;
  from: MailSender;
  /** Default `https://api.sendgrid.com/`; tests point it at `@tarodan/sendgrid-sandbox`. */
  baseUrl?: string;
  /** Per request, default 10 000 ms. */
  timeoutMs?: number;
}

/** What a SendGrid error response looks like once the client has thrown it. */
interface SendgridResponseError {
  code: number;
  response?: { body?: unknown };
}

/** Statuses that mean "not now" rather than "never". */
const RETRYABLE_4XX = new Set([408, 429]);

/**
 * Sends through SendGrid's v3 Mail Send API. Each recipient gets their own personalization, so recipients never
 * see each other's addresses. Errors: 4xx (bad key, refused message) → `PermanentMailError`; 5xx, 408, 429 and
 * network failures → `RetryableMailError`.
 */
export class SendgridMailer extends Mailer {
  readonly name = 'sendgrid' as const;
  private readonly client = new Client();
  private readonly mail = new MailService();
  private readonly from: MailSender;

  constructor(options: SendgridMailerOptions) {
    super();
    if (!options.apiKey) throw new Error('SendgridMailer needs an apiKey');
    assertMailSender(options.from);
    this.from = { ...options.from };
    // setApiKey resets the base URL to SendGrid's: set ours afterwards.
    this.client.setApiKey(options.apiKey);
    if (options.baseUrl) this.client.setDefaultRequest('baseUrl', new URL(options.baseUrl).href);
    this.mail.setClient(this.client);
    this.mail.setTimeout(options.timeoutMs ?? 10_000);
  }

  async send(message: MailMessage): Promise<SentMail> {
    const parsed = parseMailMessage(message);
    try {
      const [response] = await this.mail.send(
        {
          to: parsed.to,
          from: this.from,
          subject: parsed.subject,
          text: parsed.text,
          html: parsed.html,
          templateId: parsed.templateId,
          dynamicTemplateData: parsed.dynamicData,
          categories: parsed.category ? [parsed.category] : undefined,
          replyTo: parsed.replyTo,
          hideWarnings: true,
        },
        true,
      );
      const messageId = headerValue(response.headers, 'x-message-id');
      if (!messageId) throw new RetryableMailError('SendGrid accepted the message but sent no X-Message-Id');
      return { messageId };
    } catch (error) {
      throw toMailError(error, 'send the message');
    }
  }

  /** Checks that the key is accepted and may send mail (`GET /v3/scopes`). */
  async ping(): Promise<void> {
    let scopes: unknown;
    try {
      const [, body] = await this.client.request({ method: 'GET', url: '/v3/scopes' });
      scopes = (body as { scopes?: unknown } | undefined)?.scopes;
    } catch (error) {
      throw toMailError(error, 'check the API key');
    }
    if (!Array.isArray(scopes) || !scopes.includes('mail.send')) {
      throw new PermanentMailError('The SendGrid API key lacks the mail.send scope');
    }
  }

  async close(): Promise<void> {}
}

function headerValue(headers: unknown, name: string): string | undefined {
  const value = (headers as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function isResponseError(error: unknown): error is SendgridResponseError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'number';
}

/** SendGrid's `{ errors: [{ message, field }] }`, as issues. */
function issuesOf(body: unknown): MailIssue[] {
  const errors = (body as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.map((e: { message?: unknown; field?: unknown }) => ({
    field: typeof e.field === 'string' ? e.field : '(message)',
    message: typeof e.message === 'string' ? e.message : 'refused',
  }));
}

function toMailError(error: unknown, what: string): Error {
  if (error instanceof PermanentMailError || error instanceof RetryableMailError) return error;
  if (isResponseError(error)) {
    const status = error.code;
    const issues = issuesOf(error.response?.body);
    const details = issues.map((i) => (i.field === '(message)' ? i.message : `${i.field}: ${i.message}`));
    const text = `SendGrid could not ${what} (HTTP ${status})${details.length ? `: ${details.join('; ')}` : ''}`;
    if (status >= 400 && status < 500 && !RETRYABLE_4XX.has(status)) {
      return new PermanentMailError(text, status, issues, { cause: error });
    }
    return new RetryableMailError(text, status, { cause: error });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new RetryableMailError(`SendGrid could not ${what}: ${reason}`, undefined, { cause: error });
}
