'use client';

import { ArrowLeft } from 'lucide-react';
import type * as React from 'react';
import { useState } from 'react';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/csrf';
import { Button } from '@/components/ui/button';
import { CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { cancelSignInAction } from './actions';
import type { SignInStep } from './challenge';
import { CredentialsForm } from './credentials-form';
import { EnrollForm } from './enroll-form';
import type { SignInTexts } from './form-parts';
import { confirmEnrollmentAction } from './mfa-actions';
import { RecoveryCodes } from './recovery-codes';
import { VerifyForm, type VerifyMode } from './verify-form';

type Props = { step: SignInStep; next: string; t: SignInTexts; notice?: React.ReactNode };

function heading(step: SignInStep, mode: VerifyMode, t: SignInTexts): { title: string; subtitle: string } {
  switch (step) {
    case 'credentials':
      return { title: t.signIn.title, subtitle: t.signIn.subtitle };
    case 'verify':
      return {
        title: t.mfa.verifyTitle,
        subtitle: mode === 'recovery' ? t.mfa.recoverySubtitle : t.mfa.verifySubtitle,
      };
    case 'enroll':
      return { title: t.mfa.enrollTitle, subtitle: t.mfa.enrollSubtitle };
    case 'codes':
      return { title: t.mfa.codesTitle, subtitle: t.mfa.codesSubtitle };
  }
}

/**
 * The sign-in card, step by step. The server decides the step from the challenge cookie; this component stays mounted
 * across steps, so the recovery codes returned by the enrolment survive the re-render that moves to the `codes` step.
 */
export function SignInFlow({ step, next, t, notice }: Props) {
  const [confirmState, confirm] = useFormState(confirmEnrollmentAction, null);
  const [verifyMode, setVerifyMode] = useState<VerifyMode>('code');
  const recoveryCodes = confirmState && 'recoveryCodes' in confirmState ? confirmState.recoveryCodes : null;
  const shown: SignInStep = recoveryCodes ? 'codes' : step;
  const { title, subtitle } = heading(shown, verifyMode, t);

  return (
    <>
      <CardHeader className="gap-1.5 p-6 pb-4">
        <CardTitle className="text-lg" data-testid="sign-in-step" data-step={shown}>
          {title}
        </CardTitle>
        <CardDescription className="text-sm">{subtitle}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4 p-6 pt-0">
        {shown === 'credentials' ? notice : null}
        {shown === 'credentials' ? <CredentialsForm next={next} t={t} /> : null}
        {shown === 'verify' ? (
          <VerifyForm next={next} t={t} mode={verifyMode} onModeChange={setVerifyMode} />
        ) : null}
        {shown === 'enroll' ? <EnrollForm next={next} t={t} state={confirmState} confirm={confirm} /> : null}
        {shown === 'codes' ? <RecoveryCodes codes={recoveryCodes} next={next} t={t} /> : null}
        {shown === 'verify' || shown === 'enroll' ? (
          <form action={cancelSignInAction} className="-mb-2 flex justify-center border-t pt-2">
            <CsrfField />
            <input type="hidden" name="next" value={next} />
            <Button type="submit" variant="ghost" size="sm" className="text-xs text-muted-foreground">
              <ArrowLeft aria-hidden="true" />
              {t.mfa.startOver}
            </Button>
          </form>
        ) : null}
      </CardContent>
    </>
  );
}
