'use client';

import { AlertCircle, Loader2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useFormState, useFormStatus } from 'react-dom';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { format } from '@/lib/messages/format';
import type { Messages } from '@/lib/messages/tr';
import { type SignInFailure, signInAction } from './actions';

type Props = { next: string; t: Messages['signIn'] };

function waitText(seconds: number, t: Messages['signIn']): string {
  return seconds < 90 ? format(t.seconds, { n: seconds }) : format(t.minutes, { n: Math.ceil(seconds / 60) });
}

/** Seconds left before the API accepts another try; counts down once a second. */
function useCountdown(failure: SignInFailure | null): number {
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

function errorText(failure: SignInFailure, left: number, t: Messages['signIn']): string {
  switch (failure.kind) {
    case 'invalid':
      return t.invalid;
    case 'forbidden':
      return t.forbidden;
    case 'unavailable':
      return t.unavailable;
    case 'rate-limited':
      if (failure.retryAfterSeconds == null) return t.rateLimitedNoWait;
      return left > 0 ? format(t.rateLimited, { wait: waitText(left, t) }) : t.retryNow;
  }
}

export function SignInForm({ next, t }: Props) {
  const [failure, action] = useFormState(signInAction, null);
  const left = useCountdown(failure);

  return (
    <form action={action} className="flex flex-col gap-4" noValidate={false}>
      <input type="hidden" name="next" value={next} />
      {failure ? (
        <Alert variant="destructive" data-testid="sign-in-error" aria-live="assertive">
          <AlertCircle aria-hidden="true" />
          <span>{errorText(failure, left, t)}</span>
        </Alert>
      ) : null}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="email">{t.email}</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          autoFocus={!failure}
          maxLength={254}
          aria-invalid={failure?.kind === 'invalid' || undefined}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="password">{t.password}</Label>
        <Input
          key={failure?.at ?? 0}
          autoFocus={failure?.kind === 'invalid'}
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          aria-invalid={failure?.kind === 'invalid' || undefined}
        />
      </div>
      <SubmitButton t={t} blocked={left > 0} />
    </form>
  );
}

function SubmitButton({ t, blocked }: { t: Messages['signIn']; blocked: boolean }) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      className="mt-1 w-full"
      disabled={pending || blocked}
      aria-disabled={pending || blocked}
    >
      {pending ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
      {pending ? t.submitting : t.submit}
    </Button>
  );
}
