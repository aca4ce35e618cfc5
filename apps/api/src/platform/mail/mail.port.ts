import { z } from 'zod';

/** Who a message comes from, e.g. `{ email: 'destek@tarodan.com', name: 'TARODAN' }`. */
export interface MailSender {
  email: string;
  name?: string;
}

export interface MailMessage {
  /** One address, or several: each recipient gets a copy of their own and does not see the others. */
  to: string | string[];
  subject: string;
  /** Plain-text body; always required, so every message (templated or not) stays readable in the outbox. */
  text: string;
  html?: string;
  /** A SendGrid dynamic template (`d-` and 32 hex digits); its subject and content take precedence. */
  templateId?: string;
  /** Handlebars data for `templateId`; only allowed together with it. */
  dynamicData?: Record<string, unknown>;
  /** For SendGrid statistics, e.g. `order-shipped`. */
  category?: string;
  replyTo?: string;
}

/** A message after validation: recipients always as a list. */
export interface ParsedMailMessage extends Omit<MailMessage, 'to'> {
  to: string[];
}

export interface SentMail {
  /** SendGrid's `X-Message-Id`, or the outbox file's id. */
  messageId: string;
}

/** SendGrid accepts at most 1 000 recipients per request. */
export const MAX_RECIPIENTS = 1000;

const email = z.email({ error: 'must be an email address' });
const singleLine = (what: string) =>
  z
    .string()
    .refine((value) => !/[\r\n]/.test(value), { error: `${what} must be a single line` })
    .refine((value) => value.trim().length > 0, { error: `${what} must not be empty` });

const mailMessageSchema = z
  .strictObject({
    to: z
      .array(email)
      .min(1, { error: 'needs at least one recipient' })
      .max(MAX_RECIPIENTS, { error: `at most ${MAX_RECIPIENTS} recipients` }),
    subject: singleLine('subject').pipe(z.string().max(998)),
    text: z.string().min(1, { error: 'must not be empty' }),
    html: z.string().min(1, { error: 'must not be empty when given' }).optional(),
    templateId: z
      .string()
      .regex(/^d-[0-9a-f]{32}$/i, { error: 'must be a SendGrid dynamic template id (d- and 32 hex digits)' })
      .optional(),
    dynamicData: z.record(z.string(), z.unknown()).optional(),
    category: singleLine('category').pipe(z.string().max(255)).optional(),
    replyTo: email.optional(),
  })
  .refine((message) => message.dynamicData === undefined || message.templateId !== undefined, {
    error: 'dynamicData needs a templateId',
    path: ['dynamicData'],
  });

export interface MailIssue {
  /** Dotted path, e.g. `to`, `to.1` or `replyTo`; `(message)` for the message as a whole. */
  field: string;
  message: string;
}

/** Base of every failure to deliver; `retryable` says whether trying the same message again later can help. */
export abstract class MailDeliveryError extends Error {
  abstract readonly retryable: boolean;
}

/** Retrying cannot help: the message or the credentials were refused (SendGrid 4xx, invalid message). */
export class PermanentMailError extends MailDeliveryError {
  override readonly name: string = 'PermanentMailError';
  readonly retryable = false;

  constructor(
    message: string,
    /** The HTTP status the provider answered, when it answered. */
    readonly status?: number,
    readonly issues: MailIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The provider was down, slow or rate-limiting (5xx, 408, 429, network errors): try again later. */
export class RetryableMailError extends MailDeliveryError {
  override readonly name = 'RetryableMailError';
  readonly retryable = true;

  constructor(
    message: string,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The message failed validation and was not sent to anyone. */
export class InvalidMailMessageError extends PermanentMailError {
  override readonly name = 'InvalidMailMessageError';

  constructor(issues: MailIssue[]) {
    super(
      `Invalid mail message: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`,
      undefined,
      issues,
    );
  }
}

/** Validates a message; throws `InvalidMailMessageError` naming every bad field. */
export function parseMailMessage(message: MailMessage): ParsedMailMessage {
  const input: unknown = message;
  const toIsSingle = typeof (input as { to?: unknown } | null)?.to === 'string';
  const normalised =
    typeof input === 'object' && input !== null && toIsSingle ? { ...input, to: [message.to] } : input;
  const result = mailMessageSchema.safeParse(normalised);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => {
    // A single address was wrapped in a list: report `to`, not `to.0`.
    const path = toIsSingle && issue.path[0] === 'to' ? ['to'] : issue.path;
    return { field: path.length > 0 ? path.map(String).join('.') : '(message)', message: issue.message };
  });
  throw new InvalidMailMessageError(issues);
}

/**
 * Transactional e-mail (verification links, order updates). `send` validates first (throws
 * `InvalidMailMessageError` before contacting anyone), then delivers; failures are `PermanentMailError` or
 * `RetryableMailError`, so a mail job can decide whether to retry.
 */
export abstract class Mailer {
  abstract readonly name: 'sendgrid' | 'outbox';

  abstract send(message: MailMessage): Promise<SentMail>;

  /** Resolves when the provider accepts our credentials (or the outbox folder is writable); rejects otherwise. */
  abstract ping(): Promise<void>;

  abstract close(): Promise<void>;
}

/** Checks an adapter's `from` at construction, so a bad `MAIL_FROM` stops the process at start. */
export function assertMailSender(from: MailSender): void {
  if (!z.email().safeParse(from?.email).success) {
    throw new Error(`The mail sender needs a valid from.email, got "${from?.email}"`);
  }
  if (from.name !== undefined && /[\r\n]/.test(from.name)) {
    throw new Error('The mail sender name must be a single line');
  }
}
