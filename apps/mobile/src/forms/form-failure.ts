import type { FieldIssue } from '@tarodan/contracts';
import type { z } from 'zod';
import { type ApiError, isApiError } from '@/api/api-error';
import { SignedOutError } from '@/features/auth/session-manager';
import type { MessageKey } from '@/i18n/tr';
import type { MessageParams } from '@/i18n/translate';
import { reasonText } from './field-reasons';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export type FormFailure<F extends string> = { formError: string | null; fieldErrors: FieldErrors<F> };

/** What to say for an HTTP status in this form, instead of the general text (e.g. 401 on sign-in). */
export type StatusMessages = Partial<Record<number, string | ((error: ApiError) => string)>>;

/** The API names fields by where they were (`body.email`); the forms by what they are (`email`). */
export function formFieldOf(apiField: string): string {
  return apiField.replace(/^(body|query|params|args)\./, '');
}

/** Field problems (from the API's `details` or from checking the form with a contracts schema), per field. */
export function fieldErrorsFrom<F extends string>(
  issues: readonly FieldIssue[],
  fields: readonly F[],
  t: Translate,
): { fieldErrors: FieldErrors<F>; unplaced: string[] } {
  const fieldErrors: FieldErrors<F> = {};
  const unplaced: string[] = [];
  for (const issue of issues) {
    const field = fields.find((name) => name === formFieldOf(issue.field));
    const text = reasonText(issue.reason, t);
    if (field === undefined) unplaced.push(text);
    else fieldErrors[field] ??= text;
  }
  return { fieldErrors, unplaced };
}

/** A contracts schema's complaints about a form, in the API's shape. */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.'), reason: issue.message }));
}

/**
 * Why a form's request failed, in words: field problems next to their fields, and one message for the form — the
 * form's own for this status if it has one (e.g. 401 on sign-in), else what the API said (429 with the wait).
 */
export function describeFailure<F extends string>(
  error: unknown,
  fields: readonly F[],
  t: Translate,
  statusMessages: StatusMessages = {},
): FormFailure<F> {
  if (!isApiError(error) || error.kind !== 'http') return { formError: errorText(error, t), fieldErrors: {} };
  const { fieldErrors, unplaced } = fieldErrorsFrom(error.fieldIssues, fields, t);
  return { formError: formMessage(error, unplaced, t, statusMessages), fieldErrors };
}

function formMessage(
  error: ApiError,
  unplaced: string[],
  t: Translate,
  statusMessages: StatusMessages,
): string {
  const special = error.status === undefined ? undefined : statusMessages[error.status];
  if (typeof special === 'function') return special(error);
  if (special) return special;
  if (error.fieldIssues.length === 0) return errorText(error, t);
  return unplaced.length > 0 ? unplaced.join(' ') : t('errors.checkFields');
}

/** A sentence for any failure of a call to the API. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof SignedOutError) return t('errors.signedOut');
  if (!isApiError(error)) return t('errors.generic');
  if (error.kind === 'network') return t('errors.network');
  if (error.status === 429) {
    return error.retryAfterSeconds === undefined
      ? t('errors.rateLimitedNoWait')
      : t('errors.rateLimited', { wait: waitText(error.retryAfterSeconds, t) });
  }
  if (error.kind === 'http' && error.status !== undefined && error.status < 500 && error.code) {
    return reasonText(error.message, t);
  }
  return t('errors.generic');
}

/** "45 saniye", "3 dakika": seconds up to a minute, then whole minutes rounded up. */
export function waitText(seconds: number, t: Translate): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return whole === 1 ? t('time.secondsOne') : t('time.secondsMany', { count: whole });
  const minutes = Math.ceil(whole / 60);
  return minutes === 1 ? t('time.minutesOne') : t('time.minutesMany', { count: minutes });
}
