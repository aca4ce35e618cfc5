'use client';

import * as Sentry from '@sentry/nextjs';
import { AlertTriangle, RotateCcw } from 'lucide-react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { useDocumentMessages } from '@/lib/use-messages';

type Props = { error: Error & { digest?: string }; reset: () => void; showHome?: boolean };

/** Shared body of the error boundaries: a retry that re-fetches server data, and the error's reference. */
export function ErrorView({ error, reset, showHome = true }: Props) {
  const t = useDocumentMessages().errors;
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    Sentry.captureException(error); // no-op when Sentry is off
  }, [error]);

  return (
    <div className="flex flex-col items-center justify-center gap-3 rounded-lg border border-dashed px-6 py-16 text-center">
      <div className="flex size-10 items-center justify-center rounded-full bg-destructive/10 text-destructive">
        <AlertTriangle className="size-5" aria-hidden="true" />
      </div>
      <h1 className="text-base font-semibold">{t.title}</h1>
      <p className="max-w-sm text-sm text-muted-foreground">{t.text}</p>
      {error.digest ? (
        <p className="font-mono text-[11px] text-muted-foreground">ref: {error.digest}</p>
      ) : null}
      <div className="mt-2 flex flex-wrap items-center justify-center gap-2">
        <Button
          size="sm"
          disabled={pending}
          onClick={() =>
            startTransition(() => {
              router.refresh();
              reset();
            })
          }
        >
          <RotateCcw aria-hidden="true" />
          {t.retry}
        </Button>
        {showHome ? (
          <Button size="sm" variant="outline" asChild>
            <Link href="/">{t.home}</Link>
          </Button>
        ) : null}
      </div>
    </div>
  );
}
