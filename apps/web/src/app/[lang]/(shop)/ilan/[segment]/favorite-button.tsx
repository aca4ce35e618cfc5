'use client';

import type { Locale } from '@tarodan/contracts';
import { Heart } from 'lucide-react';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { cn } from '@/lib/cn';
import { idleState } from '@/lib/form-state';
import { favoriteAction } from './actions';

type Props = {
  locale: Locale;
  csrf: string;
  listingId: string;
  favorited: boolean;
  labels: { favorite: string; unfavorite: string; count: string };
};

/** A server-action form, so it works without JavaScript; the page re-renders with the new state and count. */
export function FavoriteButton({ locale, csrf, listingId, favorited, labels }: Props) {
  const [state, action] = useFormState(favoriteAction, idleState);
  return (
    <form action={action} className="flex flex-col gap-2">
      <CsrfField token={csrf} />
      <input type="hidden" name="listingId" value={listingId} />
      <input type="hidden" name="favorite" value={favorited ? '0' : '1'} />
      <SubmitButton
        variant="secondary"
        size="lg"
        className="w-full"
        aria-pressed={favorited}
        data-testid="favorite-button"
      >
        <Heart
          className={cn('h-5 w-5', favorited ? 'fill-accent text-accent' : 'text-ink-muted')}
          aria-hidden="true"
        />
        {favorited ? labels.unfavorite : labels.favorite}
        <span className="font-normal text-ink-muted">· {labels.count}</span>
      </SubmitButton>
      {state.status === 'error' ? <FormAlert state={state} locale={locale} testId="favorite-alert" /> : null}
    </form>
  );
}
