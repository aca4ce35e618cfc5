/**
 * What a server action answers to its form (through useFormState), already in the reader's language.
 * Pure types and helpers: used by the actions on the server and by the forms in the browser.
 */
export type FormState = {
  status: 'idle' | 'error' | 'success';
  /** One message for the whole form. */
  message?: string;
  /** Field name (as in the form and the contract: `identityNumber`) → why it was refused. */
  fieldErrors?: Record<string, string>;
  /** What was typed, to put back into the fields after a refusal (never passwords). */
  values?: Record<string, string>;
  /** Set on 429 answers: the form counts down. */
  retryAfterSeconds?: number | null;
  /** A finer reason the form may react to, e.g. `unverified` on sign-in. */
  kind?: string;
  /** Distinguishes two identical answers in a row (re-keys the form, restarts countdowns). */
  at: number;
};

export const idleState: FormState = { status: 'idle', at: 0 };

/** `body.identityNumber` → `identityNumber`; `body` alone (the whole body) → ``. */
export function fieldNameOf(path: string): string {
  return path.replace(/^(body|query|params)(\.|$)/, '');
}

/** Text fields of a form as strings (missing → ''), trimmed unless listed in `keep` (passwords). */
export function readFields<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
  const result = {} as Record<K, string>;
  for (const name of names) {
    const value = form.get(name);
    result[name] = typeof value === 'string' ? value : '';
  }
  return result;
}

/** The values worth echoing back into the form: everything except secrets. */
export function echoValues(
  values: Record<string, string>,
  secret: readonly string[] = [],
): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !secret.includes(name)));
}

/** "  Ayse@Tarodan.Test " → "ayse@tarodan.test": what a person means when they type their address. */
export function normalizeEmail(value: FormDataEntryValue | null): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

/** `+905321234567` → `0532 123 45 67`, the way people write it; anything else unchanged. */
export function displayTrMobile(value: string | null | undefined): string {
  const match = /^\+90(5\d{2})(\d{3})(\d{2})(\d{2})$/.exec(value ?? '');
  return match ? `0${match[1]} ${match[2]} ${match[3]} ${match[4]}` : (value ?? '');
}
