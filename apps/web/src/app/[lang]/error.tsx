'use client';

import * as Sentry from '@sentry/nextjs';
import { Home, RotateCcw, TriangleAlert } from 'lucide-react';
import { usePathname, useRouter } from 'next/navigation';
import { startTransition, useEffect } from 'react';
import { Button, ButtonLink } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localeOfPath, localePath } from '@/lib/i18n/locale';

type Props = { error: Error & { digest?: string }; reset: () => void };

/** Shown when a page cannot load (usually: the API is unreachable). The header and footer stay in place. */
export default function ErrorPage({ error, reset }: Props) {
  const locale = localeOfPath(usePathname() ?? '/');
  const t = getDictionary(locale).error;
  const router = useRouter();

  useEffect(() => {
    console.error(error);
    Sentry.captureException(error); // no-op when Sentry is off
    document.title = `${t.title} | TARODAN`;
  }, [error, t.title]);

  // Server components failed: refetch them, then clear the error boundary.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  return (
    <div data-testid="error-page">
      <StatusMessage
        title={t.title}
        description={t.lead}
        illustration={
          <div className="flex h-20 w-20 items-center justify-center rounded-full bg-accent-soft text-accent-hover">
            <TriangleAlert className="h-9 w-9" aria-hidden="true" strokeWidth={1.6} />
          </div>
        }
        actions={
          <>
            <Button onClick={retry} size="lg">
              <RotateCcw className="h-4 w-4" aria-hidden="true" />
              {t.retry}
            </Button>
            <ButtonLink href={localePath(locale)} size="lg" variant="secondary">
              <Home className="h-4 w-4" aria-hidden="true" />
              {t.home}
            </ButtonLink>
          </>
        }
      />
      {error.digest ? <p className="pb-10 text-center text-xs text-ink-subtle">Ref: {error.digest}</p> : null}
    </div>
  );
}
