/** The parts of SendGrid's v3 Mail Send request body that the sandbox understands (snake_case, as on the wire). */
export interface EmailAddress {
  email: string;
  name?: string;
}

export interface Personalization {
  to: EmailAddress[];
  cc?: EmailAddress[];
  bcc?: EmailAddress[];
  subject?: string;
  dynamic_template_data?: Record<string, unknown>;
  substitutions?: Record<string, string>;
  custom_args?: Record<string, string>;
}

export interface Content {
  type: string;
  value: string;
}

export interface MailSendBody {
  personalizations: Personalization[];
  from: EmailAddress;
  reply_to?: EmailAddress;
  subject?: string;
  content?: Content[];
  template_id?: string;
  categories?: string[];
  [other: string]: unknown;
}

/** One accepted request, as the sandbox keeps it. */
export interface ReceivedMessage {
  /** What the sandbox answered in `X-Message-Id`. */
  messageId: string;
  /** ISO 8601. */
  receivedAt: string;
  body: MailSendBody;
}

/** SendGrid's error body: `{ errors: [{ message, field, help }] }`. */
export interface SendgridError {
  message: string;
  field: string | null;
  help: string | null;
}
