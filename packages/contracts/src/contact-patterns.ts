/**
 * Contact details sellers must not put in a listing (buyers reach them through messages and pay through TARODAN).
 * The API's automatic checks use these to send a listing to moderation; the admin uses the same ones to highlight
 * what was found. Global flags, so callers can `matchAll`; use `.test` only on a fresh copy (`new RegExp(p)`).
 */
const SEPARATOR = String.raw`[\s.\-()/]*`;

export const CONTACT_PATTERNS = {
  /** Turkish mobile (5xx) and landline (2xx–4xx) numbers, with or without +90 / 0, however they are spaced. */
  phone_number: new RegExp(
    String.raw`(?<!\d)(?:\+?9${SEPARATOR}0${SEPARATOR})?(?:0${SEPARATOR})?[2-5]\d{2}${SEPARATOR}\d{3}${SEPARATOR}\d{2}${SEPARATOR}\d{2}(?!\d)`,
    'g',
  ),
  /** `TR` + 24 digits, with or without spaces. */
  iban: /\bTR\s*\d{2}(?:\s*\d){22}\b/gi,
  email_address: /[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/gi,
} as const;

export type ContactRule = keyof typeof CONTACT_PATTERNS;

/** Whether the text holds this kind of contact detail (safe with the global patterns: no shared lastIndex). */
export function containsContact(text: string, rule: ContactRule): boolean {
  const pattern = CONTACT_PATTERNS[rule];
  return new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text);
}
