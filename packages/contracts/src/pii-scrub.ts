/**
 * Removes personal data from error-reporting events (Sentry's event shape) before they leave the process. Shared by
 * the API, worker, web, admin and mobile apps so every `beforeSend` scrubs the same way. Dependency-free on purpose:
 * it takes and returns plain objects and mutates them in place, like Sentry's `beforeSend` expects.
 */

export const FILTERED = '[Filtered]';

/** Keys whose values are never sent: credentials, signatures and personal identifiers. */
const SENSITIVE_KEY =
  /pass(word|wd)?|secret|token|auth|cookie|session|signature|sig$|api[-_]?key|credential|tckn|tc[-_]?kimlik|iban|e-?mail|e-?posta|phone|telefon|gsm/i;

/** 11-digit runs: Turkish national ids (TCKN) and mobile numbers written as 05XXXXXXXXX. */
const ELEVEN_DIGITS = /(?<!\d)\d{11}(?!\d)/g;
/**
 * UUIDs (request ids, record ids in URLs) are no personal data, but about 1 in 235 random ones has 11 digits in a
 * row in its last group (`…-b25832697167`): those runs are not TCKNs and stay as they are.
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Turkish IBANs, compact or in groups of four: TR + 24 digits. */
const TR_IBAN = /TR\d{2}(?:[ ]?\d{4}){5}[ ]?\d{2}/gi;
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/gi;

/** Replaces TCKNs, Turkish IBANs and e-mail addresses inside free text. */
export function scrubText(text: string): string {
  return scrubElevenDigits(text.replace(TR_IBAN, '[IBAN]')).replace(EMAIL, '[email]');
}

function scrubElevenDigits(text: string): string {
  const uuids = [...text.matchAll(UUID)].map((m) => [m.index, m.index + m[0].length] as const);
  return text.replace(ELEVEN_DIGITS, (run, offset: number) =>
    uuids.some(([start, end]) => offset >= start && offset < end) ? run : '[TCKN]',
  );
}

export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY.test(key);
}

/** Deep copy-free scrub of any JSON-like value: sensitive keys are filtered, strings are pattern-scrubbed. */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (typeof value === 'number' && Number.isInteger(value) && String(Math.abs(value)).length === 11)
    return '[TCKN]';
  if (value === null || typeof value !== 'object' || depth > 8) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = scrubValue(value[i], depth + 1);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    record[key] = isSensitiveKey(key) ? FILTERED : scrubValue(record[key], depth + 1);
  }
  return record;
}

/** `a=1&token=x` → `a=1&token=[Filtered]`, keeping the rest as written. */
export function scrubQueryString(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq === -1) return scrubText(pair);
      let key = pair.slice(0, eq);
      try {
        key = decodeURIComponent(key.replace(/\+/g, ' '));
      } catch {
        // keep the raw key
      }
      return isSensitiveKey(key) ? `${pair.slice(0, eq)}=${FILTERED}` : scrubText(pair);
    })
    .join('&');
}

/** Filters sensitive query parameters of a URL (absolute or relative); the fragment is dropped. */
export function scrubUrl(url: string): string {
  const withoutHash = url.split('#')[0] ?? '';
  const q = withoutHash.indexOf('?');
  if (q === -1) return scrubText(withoutHash);
  return `${scrubText(withoutHash.slice(0, q))}?${scrubQueryString(withoutHash.slice(q + 1))}`;
}

function scrubQueryValue(query: unknown): unknown {
  if (typeof query === 'string') return scrubQueryString(query);
  if (Array.isArray(query)) {
    return query.map((pair) =>
      Array.isArray(pair) && typeof pair[0] === 'string'
        ? [pair[0], isSensitiveKey(pair[0]) ? FILTERED : scrubValue(pair[1])]
        : scrubValue(pair),
    );
  }
  return scrubValue(query);
}

const DROPPED_HEADERS = new Set([
  'cookie',
  'set-cookie',
  'authorization',
  'proxy-authorization',
  'x-api-key',
  'x-forwarded-for',
  'x-real-ip',
  'cf-connecting-ip',
  'forwarded',
]);

type Json = Record<string, unknown>;

function asRecord(value: unknown): Json | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
}

function scrubRequest(request: Json) {
  delete request.cookies;
  delete request.env; // REMOTE_ADDR and friends
  if (typeof request.url === 'string') request.url = scrubUrl(request.url);
  if (request.query_string !== undefined) request.query_string = scrubQueryValue(request.query_string);
  const headers = asRecord(request.headers);
  if (headers) {
    for (const name of Object.keys(headers)) {
      if (DROPPED_HEADERS.has(name.toLowerCase())) delete headers[name];
      else if (name.toLowerCase() === 'referer' && typeof headers[name] === 'string')
        headers[name] = scrubUrl(headers[name] as string);
      else headers[name] = scrubValue(headers[name]);
    }
  }
  if (request.data !== undefined) request.data = scrubValue(request.data);
}

function scrubBreadcrumb(breadcrumb: Json) {
  if (typeof breadcrumb.message === 'string') breadcrumb.message = scrubText(breadcrumb.message);
  const data = asRecord(breadcrumb.data);
  if (data) {
    for (const key of Object.keys(data)) {
      const value = data[key];
      if (typeof value === 'string' && /query|search/i.test(key))
        data[key] = scrubQueryString(value.replace(/^\?/, ''));
      else if (typeof value === 'string' && /url|^from$|^to$/i.test(key)) data[key] = scrubUrl(value);
      else data[key] = isSensitiveKey(key) ? FILTERED : scrubValue(value);
    }
  }
  return breadcrumb;
}

/**
 * Scrubs an event in place and returns it: request cookies, auth and client-address headers and `env` go; sensitive
 * query parameters and body fields become `[Filtered]`; `user` keeps only its `id`; TCKNs, Turkish IBANs and e-mail
 * addresses are replaced in messages, exception values, extra, tags, contexts and breadcrumbs.
 */
export function scrubEvent<T>(event: T): T {
  const e = asRecord(event);
  if (!e) return event;
  if (typeof e.message === 'string') e.message = scrubText(e.message);
  const logentry = asRecord(e.logentry);
  if (logentry) scrubValue(logentry);
  const exceptionValues = asRecord(e.exception)?.values;
  if (Array.isArray(exceptionValues)) {
    for (const exception of exceptionValues) {
      const entry = asRecord(exception);
      if (entry && typeof entry.value === 'string') entry.value = scrubText(entry.value);
    }
  }
  const request = asRecord(e.request);
  if (request) scrubRequest(request);
  const user = asRecord(e.user);
  if (user) {
    if (user.id === undefined || user.id === null || user.id === '') delete e.user;
    else e.user = { id: user.id };
  }
  if (e.extra !== undefined) scrubValue(e.extra);
  if (e.tags !== undefined) scrubValue(e.tags);
  const contexts = asRecord(e.contexts);
  if (contexts) {
    // Runtime, OS and trace contexts carry no personal data; what the app adds (and response bodies) may.
    for (const key of Object.keys(contexts)) {
      if (!['runtime', 'os', 'device', 'app', 'trace', 'culture', 'cloud_resource'].includes(key))
        contexts[key] = scrubValue(contexts[key]);
    }
  }
  const breadcrumbs = Array.isArray(e.breadcrumbs) ? e.breadcrumbs : asRecord(e.breadcrumbs)?.values;
  if (Array.isArray(breadcrumbs)) {
    for (const breadcrumb of breadcrumbs) {
      const record = asRecord(breadcrumb);
      if (record) scrubBreadcrumb(record);
    }
  }
  return event;
}

/** For `beforeBreadcrumb`: the same rules for one breadcrumb. */
export function scrubBreadcrumbData<T>(breadcrumb: T): T {
  const record = asRecord(breadcrumb);
  if (record) scrubBreadcrumb(record);
  return breadcrumb;
}
