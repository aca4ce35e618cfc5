'use client';

import { Download, ShieldCheck } from 'lucide-react';
import { CsrfField } from '@/components/csrf';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CopyButton } from './copy-button';
import { type SignInTexts, SubmitButton } from './form-parts';
import { finishSignInAction } from './mfa-actions';

function downloadCodes(codes: string[], t: SignInTexts['mfa']): void {
  const text = [t.codesFileTitle, t.codesFileHint, '', ...codes, ''].join('\n');
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'tarodan-admin-recovery-codes.txt';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Shown once, right after two-factor is turned on (the codes live only in this component's state). After a refresh
 * they are gone and the step only offers to continue.
 */
export function RecoveryCodes({ codes, next, t }: { codes: string[] | null; next: string; t: SignInTexts }) {
  return (
    <form action={finishSignInAction} className="flex flex-col gap-4" data-testid="mfa-recovery-step">
      <CsrfField />
      <input type="hidden" name="next" value={next} />
      {codes ? (
        <>
          <ul
            aria-label={t.mfa.codesListLabel}
            className="grid grid-cols-2 gap-x-4 gap-y-1.5 rounded-md border bg-muted px-4 py-3 font-mono text-sm tabular-nums"
            data-testid="mfa-recovery-codes"
          >
            {codes.map((code) => (
              <li key={code} className="text-center">
                {code}
              </li>
            ))}
          </ul>
          <div className="grid grid-cols-2 gap-2">
            <CopyButton text={codes.join('\n')} label={t.mfa.copy} copiedLabel={t.mfa.copied} />
            <Button type="button" variant="outline" size="sm" onClick={() => downloadCodes(codes, t.mfa)}>
              <Download aria-hidden="true" />
              {t.mfa.download}
            </Button>
          </div>
        </>
      ) : (
        <Alert variant="info">
          <ShieldCheck aria-hidden="true" />
          <span>{t.mfa.codesGone}</span>
        </Alert>
      )}
      <SubmitButton label={codes ? t.mfa.saved : t.mfa.continue} pendingLabel={t.signIn.submitting} />
    </form>
  );
}
