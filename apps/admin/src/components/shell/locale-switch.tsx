'use client';

import type { Locale } from '@tarodan/contracts';
import { Languages } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { useCsrfToken } from '@/components/csrf';
import { Button } from '@/components/ui/button';
import { setLocaleAction } from '@/lib/actions';
import { cn } from '@/lib/utils';

/** TR ⇄ EN. The choice is a cookie, so server components render in the new language after the refresh. */
export function LocaleSwitch({
  locale,
  label,
  className,
}: {
  locale: Locale;
  label: string;
  className?: string;
}) {
  const router = useRouter();
  const csrf = useCsrfToken();
  const [pending, startTransition] = useTransition();
  const next: Locale = locale === 'tr' ? 'en' : 'tr';

  return (
    <Button
      variant="ghost"
      size="sm"
      className={cn('gap-1.5 px-2 text-xs font-semibold uppercase', className)}
      disabled={pending}
      aria-label={label}
      title={label}
      lang={next}
      onClick={() =>
        startTransition(async () => {
          await setLocaleAction(next, csrf);
          router.refresh();
        })
      }
    >
      <Languages aria-hidden="true" />
      {next}
    </Button>
  );
}
