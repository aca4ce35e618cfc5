'use client';

import type { Locale } from '@tarodan/contracts';
import { BellOff, BellRing } from 'lucide-react';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { cn } from '@/lib/cn';
import { idleState } from '@/lib/form-state';
import { getAccountMessages } from '@/lib/i18n/account-messages';
import { setMarketingAction } from '../profile-actions';

/** The marketing consent, separate from everything else: one button that flips it. */
export function MarketingForm({ locale, csrf, optIn }: { locale: Locale; csrf: string; optIn: boolean }) {
  const [state, action] = useFormState(setMarketingAction, idleState);
  const t = getAccountMessages(locale).marketing;
  return (
    <div className="flex flex-col gap-4">
      <FormAlert state={state} locale={locale} testId="marketing-alert" />
      <form action={action} className="flex flex-col items-start gap-4">
        <CsrfField token={csrf} />
        <input type="hidden" name="optIn" value={optIn ? 'false' : 'true'} />
        <p className="inline-flex items-center gap-2 font-semibold text-ink" data-testid="marketing-status">
          <span
            className={cn(
              'flex h-9 w-9 items-center justify-center rounded-full',
              optIn ? 'bg-success-soft text-success' : 'bg-muted text-ink-subtle',
            )}
          >
            {optIn ? (
              <BellRing className="h-4 w-4" aria-hidden="true" />
            ) : (
              <BellOff className="h-4 w-4" aria-hidden="true" />
            )}
          </span>
          {optIn ? t.on : t.off}
        </p>
        <SubmitButton variant="secondary">{optIn ? t.turnOff : t.turnOn}</SubmitButton>
      </form>
    </div>
  );
}
