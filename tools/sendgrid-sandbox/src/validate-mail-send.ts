import type { MailSendBody, SendgridError } from './mail-send.types.js';

const HELP = 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html';
const MAX_RECIPIENTS = 1000;
const MAX_CATEGORIES = 10;
/** Close to what SendGrid accepts: one `@`, no spaces or brackets, a dot in the domain. */
const EMAIL = /^[^\s@<>()[\]",;:\\]+@[^\s@<>()[\]",;:\\]+\.[^\s@<>()[\]",;:\\]{2,}$/;

type Check = { ok: true; body: MailSendBody } | { ok: false; errors: SendgridError[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function error(field: string | null, message: string, anchor: string): SendgridError {
  return { message, field, help: `${HELP}#message.${anchor}` };
}

export function isValidEmail(value: unknown): value is string {
  return typeof value === 'string' && EMAIL.test(value);
}

function checkAddress(value: unknown, field: string, errors: SendgridError[]): void {
  if (!isRecord(value) || !isValidEmail(value.email)) {
    errors.push(error(`${field}.email`, 'Does not contain a valid address.', 'personalizations.to'));
  } else if (value.name !== undefined && typeof value.name !== 'string') {
    errors.push(error(`${field}.name`, 'The name must be a string.', 'personalizations.to'));
  }
}

function checkPersonalizations(value: unknown, errors: SendgridError[]): number {
  if (!Array.isArray(value) || value.length === 0) {
    errors.push(
      error(
        'personalizations',
        'The personalizations field is required and must have at least one personalization.',
        'personalizations',
      ),
    );
    return 0;
  }
  let recipients = 0;
  value.forEach((personalization: unknown, i) => {
    const field = `personalizations.${i}`;
    const p = isRecord(personalization) ? personalization : {};
    if (!Array.isArray(p.to) || p.to.length === 0) {
      errors.push(
        error(
          `${field}.to`,
          'The to array is required for all personalization objects, and must have at least one email object with a valid email address.',
          'personalizations.to',
        ),
      );
    }
    for (const kind of ['to', 'cc', 'bcc'] as const) {
      const list = p[kind];
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        errors.push(error(`${field}.${kind}`, `The ${kind} field must be an array.`, 'personalizations.to'));
        continue;
      }
      list.forEach((address: unknown, j) => {
        checkAddress(address, `${field}.${kind}.${j}`, errors);
      });
      recipients += list.length;
    }
    if (p.subject !== undefined && (typeof p.subject !== 'string' || p.subject.length === 0)) {
      errors.push(
        error(
          `${field}.subject`,
          'The subject must be a string at least one character in length.',
          'subject',
        ),
      );
    }
    if (p.dynamic_template_data !== undefined && !isRecord(p.dynamic_template_data)) {
      errors.push(
        error(
          `${field}.dynamic_template_data`,
          'The dynamic_template_data must be an object.',
          'personalizations.dynamic_template_data',
        ),
      );
    }
  });
  if (recipients > MAX_RECIPIENTS) {
    errors.push(
      error(
        'personalizations',
        `The total number of recipients must be less than ${MAX_RECIPIENTS}.`,
        'personalizations',
      ),
    );
  }
  return value.length;
}

function checkContent(body: Record<string, unknown>, errors: SendgridError[]): void {
  const hasTemplate = typeof body.template_id === 'string' && body.template_id.length > 0;
  if (body.template_id !== undefined && !hasTemplate) {
    errors.push(error('template_id', 'The template_id must be a non-empty string.', 'template_id'));
  }
  const { content } = body;
  if (content === undefined || (Array.isArray(content) && content.length === 0)) {
    if (!hasTemplate) {
      errors.push(
        error(
          'content',
          'Unless a valid template_id is provided, the content parameter is required. There must be at least one defined content block.',
          'content',
        ),
      );
    }
    return;
  }
  if (!Array.isArray(content)) {
    errors.push(error('content', 'The content field must be an array of content blocks.', 'content'));
    return;
  }
  content.forEach((block: unknown, i) => {
    const b = isRecord(block) ? block : {};
    if (typeof b.type !== 'string' || b.type.length === 0 || /[;\r\n]/.test(b.type)) {
      errors.push(
        error(
          `content.${i}.type`,
          'The content type must be a string at least one character in length, without ";" or CRLF.',
          'content.type',
        ),
      );
    }
    if (typeof b.value !== 'string' || b.value.length === 0) {
      errors.push(
        error(
          `content.${i}.value`,
          'The content value must be a string at least one character in length.',
          'content.value',
        ),
      );
    }
  });
}

function checkSubject(body: Record<string, unknown>, errors: SendgridError[]): void {
  if (typeof body.template_id === 'string' && body.template_id.length > 0) return;
  const personalizations = Array.isArray(body.personalizations) ? body.personalizations : [];
  const everyHasSubject =
    personalizations.length > 0 &&
    personalizations.every((p: unknown) => isRecord(p) && typeof p.subject === 'string' && p.subject !== '');
  if (everyHasSubject) return;
  if (typeof body.subject !== 'string' || body.subject.length === 0) {
    errors.push(
      error(
        'subject',
        'The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined.',
        'subject',
      ),
    );
  }
}

function checkCategories(value: unknown, errors: SendgridError[]): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || value.length > MAX_CATEGORIES) {
    errors.push(
      error(
        'categories',
        `The categories field must be an array of at most ${MAX_CATEGORIES}.`,
        'categories',
      ),
    );
    return;
  }
  value.forEach((category: unknown, i) => {
    if (typeof category !== 'string' || category.length === 0 || category.length > 255) {
      errors.push(
        error(`categories.${i}`, 'A category must be a string of 1 to 255 characters.', 'categories'),
      );
    }
  });
}

/** Validates a Mail Send body the way SendGrid does, returning every error with the field it concerns. */
export function validateMailSend(body: unknown): Check {
  if (!isRecord(body)) {
    return { ok: false, errors: [{ message: 'Bad Request', field: null, help: null }] };
  }
  const errors: SendgridError[] = [];
  checkPersonalizations(body.personalizations, errors);
  if (!isRecord(body.from)) {
    errors.push(
      error(
        'from',
        'The from object must be provided for every email send. It is an object that requires the email parameter, but may also contain a name parameter.',
        'from',
      ),
    );
  } else if (!isValidEmail(body.from.email)) {
    errors.push(error('from.email', 'The from email does not contain a valid address.', 'from'));
  }
  if (body.reply_to !== undefined) {
    if (!isRecord(body.reply_to) || !isValidEmail(body.reply_to.email)) {
      errors.push(
        error('reply_to.email', 'The reply_to email does not contain a valid address.', 'reply_to'),
      );
    }
  }
  checkSubject(body, errors);
  checkContent(body, errors);
  checkCategories(body.categories, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, body: body as MailSendBody };
}
