'use server';

import { revalidatePath, revalidateTag } from 'next/cache';
import { errorState, successState } from '@/lib/action-result';
import type { FormState } from '@/lib/form-state';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { LISTINGS_TAG } from '@/lib/listings-api';
import { runMemberAction } from '@/lib/member-action';
import { setFavorite } from '@/lib/seller-listings-api';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Favorite (`favorite=1`) or unfavorite (`favorite=0`) a listing: PUT/DELETE /v1/listings/:id/favorite. */
export async function favoriteAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runMemberAction(form, undefined, async (token, locale) => {
    const id = String(form.get('listingId') ?? '');
    if (!UUID.test(id)) return errorState(getFormMessages(locale).unavailable);
    const result = await setFavorite(token, id, form.get('favorite') === '1');
    revalidateTag(LISTINGS_TAG);
    revalidatePath('/', 'layout');
    return successState('', { kind: result.favorited ? 'favorited' : 'unfavorited' });
  });
}
