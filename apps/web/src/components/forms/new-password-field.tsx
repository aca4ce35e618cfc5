'use client';

import type { Locale } from '@tarodan/contracts';
import { PASSWORD_MIN_LENGTH } from '@tarodan/contracts';
import { useState } from 'react';
import { Field, fieldAria } from '@/components/ui/field';
import { cn } from '@/lib/cn';
import { getAuthMessages } from '@/lib/i18n/auth-messages';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { passwordStrength } from '@/lib/password-strength';
import { PasswordInput } from './password-input';

type Props = {
  locale: Locale;
  id: string;
  name: string;
  label: string;
  error?: string;
  autoFocus?: boolean;
};

const bar = ['bg-accent', 'bg-accent', 'bg-amber-500', 'bg-success', 'bg-success'];

/** A new password with the length rule as hint and a live strength meter (announced politely). */
export function NewPasswordField({ locale, id, name, label, error, autoFocus }: Props) {
  const [value, setValue] = useState('');
  const t = getAuthMessages(locale).register;
  const f = getFormMessages(locale);
  const score = passwordStrength(value, PASSWORD_MIN_LENGTH);
  return (
    <Field id={id} label={label} hint={t.passwordHint} error={error}>
      <PasswordInput
        {...fieldAria(id, { hint: t.passwordHint, error })}
        name={name}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={128}
        autoFocus={autoFocus}
        onChange={(event) => setValue(event.target.value)}
        showLabel={f.showPassword}
        hideLabel={f.hidePassword}
      />
      <div className={cn('flex items-center gap-3', !value && 'invisible')} aria-hidden={!value}>
        <div className="grid flex-1 grid-cols-4 gap-1">
          {[1, 2, 3, 4].map((step) => (
            <span
              key={step}
              className={cn(
                'h-1.5 rounded-full transition-colors',
                score >= step || step === 1 ? bar[score] : 'bg-muted',
              )}
            />
          ))}
        </div>
        <p
          className="min-w-20 text-right text-xs font-semibold text-ink-muted"
          aria-live="polite"
          data-testid="password-strength"
        >
          <span className="sr-only">{t.strength.label}: </span>
          {t.strength.levels[score]}
        </p>
      </div>
    </Field>
  );
}
