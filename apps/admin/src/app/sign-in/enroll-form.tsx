'use client';

import { ExternalLink, Loader2, RotateCcw } from 'lucide-react';
import Image from 'next/image';
import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { CsrfField, useCsrfToken } from '@/components/csrf';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import type { MfaEnrollment } from '@/lib/api';
import { groupSecret } from '@/lib/utils';
import { CopyButton } from './copy-button';
import { FailureAlert, type SignInTexts, SubmitButton, TotpInput, useCountdown } from './form-parts';
import type { ConfirmState, EnrollmentResult } from './mfa-actions';
import { startEnrollmentAction } from './mfa-actions';
import type { SignInFailure } from './sign-in-failure';

/** Asks the API for a secret once per mount (a refresh asks again: the new secret replaces the unconfirmed one). */
function useEnrollment(next: string) {
  const csrf = useCsrfToken();
  const [result, setResult] = useState<EnrollmentResult | null>(null);
  const [pending, startTransition] = useTransition();
  const started = useRef(false);
  const load = useCallback(() => {
    startTransition(async () => setResult(await startEnrollmentAction(csrf, next)));
  }, [csrf, next]);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    load();
  }, [load]);
  return { result, pending, retry: load };
}

type Props = {
  next: string;
  t: SignInTexts;
  state: ConfirmState;
  confirm: (form: FormData) => void;
};

/** First sign-in of a staff account: scan (or type) the secret, then prove it with the first code. */
export function EnrollForm({ next, t, state, confirm }: Props) {
  const { result, pending, retry } = useEnrollment(next);
  const confirmFailure = state && 'failure' in state ? state.failure : null;
  const left = useCountdown(confirmFailure);

  if (!result || (pending && !result.ok)) return <EnrollSkeleton label={t.mfa.enrollLoading} />;
  if (!result.ok) return <EnrollError failure={result.failure} t={t} retry={retry} pending={pending} />;

  return (
    <div className="flex flex-col gap-4" data-testid="mfa-enroll-step">
      <SecretPanel enrollment={result.enrollment} t={t} />
      <form action={confirm} className="flex flex-col gap-3 border-t pt-4">
        <CsrfField />
        <input type="hidden" name="next" value={next} />
        <FailureAlert failure={confirmFailure} left={left} t={t} />
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="code">
            <span className="mr-1.5 text-muted-foreground">3.</span>
            {t.mfa.enrollCode}
          </Label>
          <TotpInput
            id="code"
            key={confirmFailure?.at ?? 'code'}
            invalid={confirmFailure?.kind === 'invalid-code'}
          />
        </div>
        <SubmitButton label={t.mfa.enrollConfirm} pendingLabel={t.mfa.verifying} blocked={left > 0} />
      </form>
    </div>
  );
}

function SecretPanel({ enrollment, t }: { enrollment: MfaEnrollment; t: SignInTexts }) {
  const grouped = groupSecret(enrollment.secret);
  return (
    <>
      <div className="flex flex-col gap-3">
        <p className="text-sm">
          <span className="mr-1.5 text-muted-foreground">1.</span>
          {t.mfa.enrollScan}
        </p>
        <div className="self-center rounded-lg border bg-white p-2 shadow-sm">
          <Image
            src={enrollment.qrCodeDataUrl}
            alt={t.mfa.qrAlt}
            width={168}
            height={168}
            unoptimized
            className="size-[168px] [image-rendering:pixelated]"
            data-testid="mfa-qr"
          />
        </div>
      </div>
      <div className="flex flex-col gap-1.5">
        <p className="text-sm">
          <span className="mr-1.5 text-muted-foreground">2.</span>
          {t.mfa.enrollManual}
        </p>
        <div className="flex items-center gap-2">
          <code className="min-w-0 flex-1 break-all rounded-md border bg-muted px-2.5 py-2 font-mono text-[13px] font-medium tracking-wide">
            <span className="sr-only">{t.mfa.secretLabel}: </span>
            <span data-testid="mfa-secret">{grouped}</span>
          </code>
          <CopyButton text={enrollment.secret} label={t.mfa.copy} copiedLabel={t.mfa.copied} iconOnly />
        </div>
        <a
          href={enrollment.otpauthUrl}
          className="inline-flex w-fit items-center gap-1 text-xs text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
        >
          <ExternalLink className="size-3" aria-hidden="true" />
          {t.mfa.openInApp}
        </a>
      </div>
    </>
  );
}

function EnrollSkeleton({ label }: { label: string }) {
  return (
    <div className="flex flex-col items-center gap-3 py-2" aria-busy="true">
      <Skeleton className="h-4 w-full" />
      <Skeleton className="size-[186px]" />
      <Skeleton className="h-9 w-full" />
      <p className="flex items-center gap-2 text-xs text-muted-foreground" role="status">
        <Loader2 className="size-3.5 animate-spin" aria-hidden="true" />
        {label}
      </p>
    </div>
  );
}

function EnrollError({
  failure,
  t,
  retry,
  pending,
}: {
  failure: SignInFailure;
  t: SignInTexts;
  retry: () => void;
  pending: boolean;
}) {
  const left = useCountdown(failure);
  return (
    <div className="flex flex-col gap-3">
      <FailureAlert failure={failure} left={left} t={t} />
      <Button type="button" variant="outline" onClick={retry} disabled={pending || left > 0}>
        <RotateCcw aria-hidden="true" />
        {t.mfa.enrollRetry}
      </Button>
    </div>
  );
}
