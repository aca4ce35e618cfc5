'use server';

import { revalidatePath, revalidateTag } from 'next/cache';
import { errorState, successState } from '@/lib/action-result';
import { ApiError } from '@/lib/api-client';
import type { FormState } from '@/lib/form-state';
import { getMyListingsMessages } from '@/lib/i18n/my-listings-messages';
import { LISTINGS_TAG } from '@/lib/listings-api';
import { runMemberAction } from '@/lib/member-action';
import { runListingAction, type SellerAction, sellerActions } from '@/lib/seller-listings-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One action for every lifecycle button of "İlanlarım": `action` (publish, pause, resume, mark_sold, archive) on
 * `listingId`. A 409 (the state moved on) and a 400 on publish (something missing) get their own messages.
 */
export async function listingLifecycleAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runMemberAction(form, undefined, async (token, locale) => {
    const t = getMyListingsMessages(locale).listings;
    const id = String(form.get('listingId') ?? '');
    const action = sellerActions.find((value) => value === form.get('action')) as SellerAction | undefined;
    if (!UUID.test(id) || !action) return errorState(t.conflict);
    try {
      const listing = await runListingAction(token, id, action, locale);
      revalidateTag(LISTINGS_TAG);
      revalidatePath('/', 'layout');
      return successState(t.done[action], { kind: listing.status });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) return errorState(t.conflict);
      if (error instanceof ApiError && error.status === 400 && action === 'publish') {
        return errorState(t.publishMissing, { kind: 'incomplete' });
      }
      throw error;
    }
  });
}
