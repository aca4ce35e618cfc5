'use client';

import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/csrf';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { signInAction } from './actions';
import { FailureAlert, type SignInTexts, SubmitButton, useCountdown } from './form-parts';

/** Step one: email and password. */
export function CredentialsForm({ next, t }: { next: string; t: SignInTexts }) {
  const [failure, action] = useFormState(signInAction, null);
  const left = useCountdown(failure);
  const invalid = failure?.kind === 'invalid' || undefined;

  return (
    <form action={action} className="flex flex-col gap-4" data-testid="sign-in-credentials">
      <CsrfField />
      <input type="hidden" name="next" value={next} />
      <FailureAlert failure={failure} left={left} t={t} />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="email">{t.signIn.email}</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          autoFocus={!failure}
          maxLength={254}
          aria-invalid={invalid}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="password">{t.signIn.password}</Label>
        <Input
          key={failure?.at ?? 0}
          autoFocus={failure?.kind === 'invalid'}
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          aria-invalid={invalid}
        />
      </div>
      <div className="mt-1">
        <SubmitButton label={t.signIn.submit} pendingLabel={t.signIn.submitting} blocked={left > 0} />
      </div>
    </form>
  );
}
