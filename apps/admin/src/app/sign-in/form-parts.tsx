'use client';

import { AlertCircle, Loader2 } from 'lucide-react';
import type * as React from 'react';
import { useEffect, useState } from 'react';
import { useFormStatus } from 'react-dom';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { format } from '@/lib/messages/format';
import type { Messages } from '@/lib/messages/tr';
import { cn } from '@/lib/utils';
import type { SignInFailure } from './sign-in-failure';

export type SignInTexts = Pick<Messages, 'signIn' | 'mfa'>;

function waitText(seconds: number, t: Messages['signIn']): string {
  return seconds < 90 ? format(t.seconds, { n: seconds }) : format(t.minutes, { n: Math.ceil(seconds / 60) });
}

/** Seconds left before the API accepts another try (Retry-After of a 429); counts down once a second. */
export function useCountdown(failure: SignInFailure | null | undefined): number {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    const total = failure?.kind === 'rate-limited' ? (failure.retryAfterSeconds ?? 0) : 0;
    if (total <= 0) {
      setLeft(0);
      return;
    }
    const until = Date.now() + total * 1000;
    setLeft(total);
    const timer = window.setInterval(() => {
      const remaining = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [failure]);
  return left;
}

export function failureText(failure: SignInFailure, left: number, t: SignInTexts): string {
  switch (failure.kind) {
    case 'invalid':
      return t.signIn.invalid;
    case 'invalid-code':
      return t.mfa.invalidCode;
    case 'forbidden':
      return t.signIn.forbidden;
    case 'unavailable':
      return t.signIn.unavailable;
    case 'expired':
      return t.signIn.mfaExpired;
    case 'csrf':
      return t.signIn.csrf;
    case 'rate-limited':
      if (failure.retryAfterSeconds == null) return t.signIn.rateLimitedNoWait;
      return left > 0 ? format(t.signIn.rateLimited, { wait: waitText(left, t.signIn) }) : t.signIn.retryNow;
  }
}

export function FailureAlert({
  failure,
  left,
  t,
}: {
  failure: SignInFailure | null | undefined;
  left: number;
  t: SignInTexts;
}) {
  if (!failure) return null;
  return (
    <Alert variant="destructive" data-testid="sign-in-error" aria-live="assertive">
      <AlertCircle aria-hidden="true" />
      <span>{failureText(failure, left, t)}</span>
    </Alert>
  );
}

export function SubmitButton({
  label,
  pendingLabel,
  blocked = false,
}: {
  label: string;
  pendingLabel: string;
  blocked?: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" className="w-full" disabled={pending || blocked} aria-disabled={pending || blocked}>
      {pending ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
      {pending ? pendingLabel : label}
    </Button>
  );
}

/** One field for a 6-digit TOTP code: numeric keyboard on phones, one-time-code autofill, digits only. */
export function TotpInput({
  id,
  invalid,
  className,
  ...props
}: { id: string; invalid?: boolean } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Input
      id={id}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]{6}"
      maxLength={6}
      minLength={6}
      required
      placeholder="000000"
      aria-invalid={invalid || undefined}
      className={cn(
        'h-11 text-center font-mono text-xl tracking-[0.5em] placeholder:text-muted-foreground/40',
        className,
      )}
      onInput={(event) => {
        const input = event.currentTarget;
        const digits = input.value.replace(/\D/g, '').slice(0, 6);
        if (digits !== input.value) input.value = digits;
      }}
      {...props}
    />
  );
}
