'use client';

import type { ListingAction, Locale } from '@tarodan/contracts';
import type { FormEvent } from 'react';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState } from '@/lib/form-state';
import { getMyListingsMessages } from '@/lib/i18n/my-listings-messages';
import { type SellerAction, sellerActions } from '@/lib/seller-listings-api';
import { listingLifecycleAction } from './actions';

type Props = { locale: Locale; csrf: string; listingId: string; allowed: ListingAction[] };

const primary: SellerAction[] = ['publish', 'resume'];

/** The lifecycle buttons the API allows for this listing; the irreversible ones ask first. */
export function LifecycleButtons({ locale, csrf, listingId, allowed }: Props) {
  const [state, action] = useFormState(listingLifecycleAction, idleState);
  const t = getMyListingsMessages(locale).listings;
  const actions = sellerActions.filter((name) => allowed.includes(name));
  const confirmFirst = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const question = t.confirm[submitter?.value as SellerAction];
    if (question && !window.confirm(question)) event.preventDefault();
  };
  if (actions.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <form action={action} onSubmit={confirmFirst} className="flex flex-wrap gap-2">
        <CsrfField token={csrf} />
        <input type="hidden" name="listingId" value={listingId} />
        {actions.map((name) => (
          <SubmitButton
            key={name}
            name="action"
            value={name}
            size="sm"
            variant={primary.includes(name) ? 'primary' : 'secondary'}
            data-testid={`action-${name}`}
          >
            {t.actions[name]}
          </SubmitButton>
        ))}
      </form>
      <FormAlert state={state} locale={locale} testId="lifecycle-alert" />
    </div>
  );
}
