import { z } from 'zod';

/**
 * Turkish personal and financial identifiers: T.C. Kimlik No (TCKN), vergi kimlik numarası (VKN), TR IBAN and
 * mobile numbers. Pure checks, zod schemas that normalise, and masks for display. Messages are English, short and
 * say exactly what is wrong; `turkishIdMessages` lists them so callers and tests can compare.
 */
export const turkishIdMessages = {
  tcknLength: 'TCKN must be 11 digits',
  tcknLeadingZero: 'TCKN cannot start with 0',
  tcknChecksum: 'TCKN checksum does not match',
  vknLength: 'VKN must be 10 digits',
  vknChecksum: 'VKN checksum does not match',
  ibanCountry: 'IBAN must start with TR',
  ibanLength: 'TR IBAN must be 26 characters (TR + 24 digits)',
  ibanDigits: 'TR IBAN must have only digits after TR',
  ibanReserved: 'TR IBAN reserved digit (position 10) must be 0',
  ibanChecksum: 'IBAN check digits do not match',
  mobileFormat: 'Mobile number must be 10 digits after the 0 or +90 prefix',
  mobileOperator: 'Turkish mobile numbers start with 5 (5xx xxx xx xx)',
} as const;

export type TurkishIdMessage = (typeof turkishIdMessages)[keyof typeof turkishIdMessages];

const m = turkishIdMessages;

/** Removes spaces (including non-breaking ones) that people type or paste between digit groups. */
function stripSpaces(value: string): string {
  return value.replace(/\s+/g, '');
}

function digitsOf(value: string): number[] {
  return Array.from(value, Number);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Builds a schema that strips, checks with `problemOf` (null when valid) and outputs the normalised value. */
function identifierSchema(normalise: (raw: string) => string, problemOf: (value: string) => string | null) {
  return z.string().transform((raw, ctx) => {
    const value = normalise(raw);
    const problem = problemOf(value);
    if (problem !== null) {
      ctx.addIssue({ code: 'custom', message: problem, input: raw });
      return z.NEVER;
    }
    return value;
  });
}

// --- TCKN -----------------------------------------------------------------------------------------------------

/** The two check digits (10th and 11th) of a TCKN whose first nine digits are given. */
export function tcknCheckDigits(firstNine: string): string {
  if (!/^\d{9}$/.test(firstNine)) throw new Error('tcknCheckDigits needs exactly 9 digits');
  const d = digitsOf(firstNine);
  const odd = sum(d.filter((_, i) => i % 2 === 0));
  const even = sum(d.filter((_, i) => i % 2 === 1));
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (sum(d) + tenth) % 10;
  return `${tenth}${eleventh}`;
}

/** The specific reason a (space-free) TCKN is invalid, or null when it is valid. */
export function tcknProblem(value: string): string | null {
  if (!/^\d{11}$/.test(value)) return m.tcknLength;
  if (value.startsWith('0')) return m.tcknLeadingZero;
  return value.slice(9) === tcknCheckDigits(value.slice(0, 9)) ? null : m.tcknChecksum;
}

export function isValidTckn(value: string): boolean {
  return tcknProblem(stripSpaces(value)) === null;
}

/** T.C. Kimlik No: spaces are removed, output is the 11 digits. */
export const tcknSchema = identifierSchema(stripSpaces, tcknProblem);

/** `*******1234`: only the last 4 characters stay visible. */
export function maskTckn(value: string): string {
  const clean = stripSpaces(value);
  if (clean.length <= 4) return '*'.repeat(clean.length);
  return '*'.repeat(clean.length - 4) + clean.slice(-4);
}

// --- VKN ------------------------------------------------------------------------------------------------------

/** The check digit (10th) of a VKN whose first nine digits are given (Gelir İdaresi algorithm). */
export function vknCheckDigit(firstNine: string): string {
  if (!/^\d{9}$/.test(firstNine)) throw new Error('vknCheckDigit needs exactly 9 digits');
  let total = 0;
  digitsOf(firstNine).forEach((digit, index) => {
    const position = index + 1;
    const t = (digit + 10 - position) % 10;
    if (t === 0) return;
    const weighted = (t * 2 ** (10 - position)) % 9;
    total += weighted === 0 ? 9 : weighted;
  });
  return String((10 - (total % 10)) % 10);
}

/** The specific reason a (space-free) VKN is invalid, or null when it is valid. */
export function vknProblem(value: string): string | null {
  if (!/^\d{10}$/.test(value)) return m.vknLength;
  return value.slice(9) === vknCheckDigit(value.slice(0, 9)) ? null : m.vknChecksum;
}

export function isValidVkn(value: string): boolean {
  return vknProblem(stripSpaces(value)) === null;
}

/** Vergi kimlik numarası: spaces are removed, output is the 10 digits. */
export const vknSchema = identifierSchema(stripSpaces, vknProblem);

// --- TR IBAN --------------------------------------------------------------------------------------------------

/** Spaces removed and letters upper-cased: `tr33 0006 ...` → `TR330006...`. */
export function normaliseIban(value: string): string {
  return stripSpaces(value).toUpperCase();
}

/** ISO 13616 / ISO 7064 mod-97 of an IBAN (country and check digits moved to the end, letters as 10..35). */
function ibanMod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const chunk = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const digit of chunk) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** The two IBAN check digits for a TR IBAN whose 22-digit BBAN (bank code, reserved 0, account) is given. */
export function trIbanCheckDigits(bban: string): string {
  if (!/^\d{22}$/.test(bban)) throw new Error('trIbanCheckDigits needs the 22-digit BBAN');
  return String(98 - ibanMod97(`TR00${bban}`)).padStart(2, '0');
}

/** The specific reason a normalised TR IBAN is invalid, or null when it is valid. */
export function trIbanProblem(value: string): string | null {
  if (!value.startsWith('TR')) return m.ibanCountry;
  if (value.length !== 26) return m.ibanLength;
  if (!/^TR\d{24}$/.test(value)) return m.ibanDigits;
  if (value[9] !== '0') return m.ibanReserved;
  return ibanMod97(value) === 1 ? null : m.ibanChecksum;
}

export function isValidTrIban(value: string): boolean {
  return trIbanProblem(normaliseIban(value)) === null;
}

/** TR IBAN: spaces removed, upper-cased; output is the 26-character electronic form. */
export const trIbanSchema = identifierSchema(normaliseIban, trIbanProblem);

/** Print form in groups of 4: `TR33 0006 1005 1978 6457 8413 26`. */
export function formatIban(value: string): string {
  return normaliseIban(value).replace(/(.{4})(?=.)/g, '$1 ');
}

/** `TR** **** **** **** **** **13 26`: the country code and the last 4 characters stay visible. */
export function maskIban(value: string): string {
  const clean = normaliseIban(value);
  if (clean.length <= 6) return '*'.repeat(clean.length);
  const masked = clean.slice(0, 2) + '*'.repeat(clean.length - 6) + clean.slice(-4);
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}

// --- Mobile phone ---------------------------------------------------------------------------------------------

/** The 10 national digits (5xxxxxxxxx) of a Turkish mobile number, or a message saying why it is not one. */
function trMobileDigits(raw: string): { digits: string } | { problem: string } {
  const compact = raw.replace(/[\s().-]/g, '');
  const withoutCountry = compact.replace(/^(?:\+90|0090|90(?=\d{10,11}$))/, '');
  const national = withoutCountry.replace(/^0(?=\d{10}$)/, '');
  if (!/^\d{10}$/.test(national)) return { problem: m.mobileFormat };
  if (!national.startsWith('5')) return { problem: m.mobileOperator };
  return { digits: national };
}

/** E.164 form `+905xxxxxxxxx`, or null when the input is not a Turkish mobile number. */
export function normaliseTrMobile(value: string): string | null {
  const result = trMobileDigits(value);
  return 'digits' in result ? `+90${result.digits}` : null;
}

export function isValidTrMobile(value: string): boolean {
  return normaliseTrMobile(value) !== null;
}

/** Accepts `0532 123 45 67`, `5321234567`, `+90 532 123 45 67`, `(0532) 123-45-67`; outputs `+905321234567`. */
export const trMobileSchema = z.string().transform((raw, ctx) => {
  const result = trMobileDigits(raw);
  if ('problem' in result) {
    ctx.addIssue({ code: 'custom', message: result.problem, input: raw });
    return z.NEVER;
  }
  return `+90${result.digits}`;
});
