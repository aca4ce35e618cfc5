'use client';

import type { Locale } from '@tarodan/contracts';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import type { FormState } from '@/lib/form-state';
import { type FormMessages, getFormMessages } from '@/lib/i18n/form-messages';

function waitText(seconds: number, t: FormMessages): string {
  return seconds < 90 ? t.seconds(seconds) : t.minutes(Math.ceil(seconds / 60));
}

/** The rate-limit message: "try again in 42 seconds", live. Without JavaScript it shows the server's number. */
export function rateLimitText(state: FormState, left: number | null, t: FormMessages): string {
  if (state.retryAfterSeconds == null) return t.rateLimitedNoWait;
  const seconds = left ?? state.retryAfterSeconds;
  return seconds > 0 ? t.rateLimited(waitText(seconds, t)) : t.retryNow;
}

type Props = {
  state: FormState;
  locale: Locale;
  /** Seconds left, from useRetryCountdown (null before hydration). */
  left?: number | null;
  /** Extra content under the message (e.g. a "resend the link" form). */
  children?: ReactNode;
  testId?: string;
  /** For aria-describedby of the fields the message is about. */
  id?: string;
};

/** The message a server action answered with, above its form. */
export function FormAlert({ state, locale, left = null, children, testId = 'form-alert', id }: Props) {
  if (state.status === 'idle' || (!state.message && state.kind !== 'rate-limited')) return null;
  const t = getFormMessages(locale);
  const text = state.kind === 'rate-limited' ? rateLimitText(state, left, t) : state.message;
  return (
    <Alert
      id={id}
      tone={state.status === 'success' ? 'success' : 'error'}
      data-testid={testId}
      data-kind={state.kind}
    >
      <p>{text}</p>
      {children}
    </Alert>
  );
}
