import type { Locale } from '@tarodan/contracts';
import type { z } from 'zod';
import { ApiError } from './api-client';
import type { FormState } from './form-state';
import { fieldNameOf } from './form-state';
import { getFormMessages, translateReason } from './i18n/form-messages';
import { localeOfPath } from './i18n/locale';
import { currentPath } from './session';

/** The language of the page a server action was posted from (middleware.ts records the path). */
export function actionLocale(): Locale {
  return localeOfPath(currentPath());
}

export function errorState(message: string, extra: Partial<FormState> = {}): FormState {
  return { status: 'error', message, at: Date.now(), ...extra };
}

export function successState(message: string, extra: Partial<FormState> = {}): FormState {
  return { status: 'success', message, at: Date.now(), ...extra };
}

/** The answer to a request that failed the Origin or double-submit check. */
export function refusedState(locale: Locale, values?: Record<string, string>): FormState {
  return errorState(getFormMessages(locale).csrf, { kind: 'csrf', values });
}

/** Field errors from a schema check done before calling the API (same reasons as the API's). */
export function validationState(
  error: z.ZodError,
  locale: Locale,
  values?: Record<string, string>,
): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const name = issue.path.map(String).join('.') || 'form';
    fieldErrors[name] ??= translateReason(issue.message, locale);
  }
  return errorState(getFormMessages(locale).invalid, { fieldErrors, values });
}

export function rateLimitedState(seconds: number | null, values?: Record<string, string>): FormState {
  return { status: 'error', kind: 'rate-limited', retryAfterSeconds: seconds, values, at: Date.now() };
}

/**
 * Any API failure as a form answer: 400 with `details` → field errors; 429 → countdown; anything unexpected →
 * "try again" (and a log line). Callers handle the statuses that mean something special for them first.
 */
export function apiErrorState(error: unknown, locale: Locale, values?: Record<string, string>): FormState {
  const t = getFormMessages(locale);
  if (error instanceof ApiError) {
    if (error.status === 429) return rateLimitedState(error.retryAfterSeconds, values);
    if (error.status === 401) return errorState(t.sessionExpired, { kind: 'unauthenticated', values });
    if (error.status === 400 && error.details.length > 0) {
      const fieldErrors: Record<string, string> = {};
      for (const detail of error.details) {
        fieldErrors[fieldNameOf(detail.field) || 'form'] ??= translateReason(detail.reason, locale);
      }
      return errorState(t.invalid, { fieldErrors, values });
    }
  }
  console.error('web: API call from a form failed', error);
  return errorState(t.unavailable, { values });
}
