'use client';

import { KeyRound, Smartphone } from 'lucide-react';
import { useState } from 'react';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/csrf';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { FailureAlert, type SignInTexts, SubmitButton, TotpInput, useCountdown } from './form-parts';
import { verifyMfaAction } from './mfa-actions';

export type VerifyMode = 'code' | 'recovery';

type Props = { next: string; t: SignInTexts; mode: VerifyMode; onModeChange: (mode: VerifyMode) => void };

/** Step two for enrolled staff: the authenticator's code, or one recovery code (the card's heading follows `mode`). */
export function VerifyForm({ next, t, mode, onModeChange }: Props) {
  const [state, action] = useFormState(verifyMfaAction, null);
  // Switching between code and recovery code clears a "wrong code" message (a rate limit stays: it is per account).
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const failure = state && state.at !== dismissedAt ? state : null;
  const left = useCountdown(failure);
  const invalid = failure?.kind === 'invalid-code';

  return (
    <form action={action} className="flex flex-col gap-4" data-testid="mfa-verify-step">
      <CsrfField />
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="mode" value={mode} />
      <FailureAlert failure={failure} left={left} t={t} />
      {mode === 'code' ? (
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="code">{t.mfa.code}</Label>
          <TotpInput id="code" key={failure?.at ?? 'code'} autoFocus invalid={invalid} />
        </div>
      ) : (
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="recoveryCode">{t.mfa.recoveryCode}</Label>
          <Input
            key={failure?.at ?? 'recovery'}
            id="recoveryCode"
            name="recoveryCode"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus
            maxLength={13}
            placeholder="abcde-12345"
            aria-invalid={invalid || undefined}
            className="h-11 text-center font-mono text-lg tracking-wider placeholder:text-muted-foreground/40"
          />
        </div>
      )}
      <SubmitButton label={t.mfa.verify} pendingLabel={t.mfa.verifying} blocked={left > 0} />
      <Button
        type="button"
        variant="link"
        size="sm"
        className="h-auto self-center px-0 text-xs text-muted-foreground hover:text-foreground"
        onClick={() => {
          if (state && state.kind !== 'rate-limited') setDismissedAt(state.at);
          onModeChange(mode === 'code' ? 'recovery' : 'code');
        }}
      >
        {mode === 'code' ? <KeyRound aria-hidden="true" /> : <Smartphone aria-hidden="true" />}
        {mode === 'code' ? t.mfa.useRecovery : t.mfa.useCode}
      </Button>
    </form>
  );
}
