'use server';

import { createListingSchema, updateListingSchema } from '@tarodan/contracts';
import { revalidatePath, revalidateTag } from 'next/cache';
import { redirect } from 'next/navigation';
import { errorState, successState, validationState } from '@/lib/action-result';
import { getCategory } from '@/lib/api';
import { ApiError } from '@/lib/api-client';
import type { FormState } from '@/lib/form-state';
import { getFormMessages, translateReason } from '@/lib/i18n/form-messages';
import type { Locale } from '@/lib/i18n/locale';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { getCategoryAttributes, LISTINGS_TAG } from '@/lib/listings-api';
import { runMemberAction } from '@/lib/member-action';
import { parseTryToKurus } from '@/lib/money';
import { createListing, runListingAction, updateListing } from '@/lib/seller-listings-api';
import { readDetails, readPricing } from './_lib/listing-form';
import { stepHref } from './_lib/steps';

/**
 * The listing flow's server actions. Each step saves to the API (POST creates the draft, PATCH after that), so a
 * reload keeps the work; on success the browser goes on to the next step (redirect after runMemberAction).
 */

/**
 * Runs a member action whose success moves on to another step. `redirect` throws, so it may not run inside the
 * action (runMemberAction would treat it as a failure): the action names the step and the redirect follows.
 */
async function runStepAction(
  form: FormData,
  run: (token: string, locale: Locale, goTo: (href: string) => void) => Promise<FormState>,
): Promise<FormState> {
  let target: string | null = null;
  const state = await runMemberAction(form, undefined, (token, locale) =>
    run(token, locale, (href) => {
      target = href;
    }),
  );
  if (target) redirect(target);
  return state;
}

function changed(): void {
  revalidateTag(LISTINGS_TAG);
  revalidatePath('/', 'layout');
}

/** Adds errors found outside the schema (attribute numbers, the price text) to a refusal. */
function withErrors(
  state: FormState,
  extra: Record<string, string>,
  locale: Locale,
  values?: Record<string, string>,
): FormState {
  const translated = Object.fromEntries(
    Object.entries(extra).map(([field, reason]) => [field, translateReason(reason, locale)]),
  );
  return {
    ...state,
    message: getFormMessages(locale).invalid,
    fieldErrors: { ...translated, ...state.fieldErrors },
    values: values ?? state.values,
  };
}

function idOf(form: FormData): string {
  return String(form.get('listingId') ?? '');
}

/** Step 2 of a new listing: creates the draft (the contract asks for a price already: the field is on this step). */
export async function createDraftAction(_previous: FormState, form: FormData): Promise<FormState> {
  const slug = String(form.get('kategori') ?? '');
  return runStepAction(form, async (token, locale, goTo) => {
    const [category, attributes] = await Promise.all([
      getCategory(slug, locale),
      getCategoryAttributes(slug, locale),
    ]);
    if (!category || !attributes) return errorState(getSellFlowMessages(locale).category.required);
    const { body, price, values, errors } = readDetails(form, attributes.attributes);
    const priceKurus = parseTryToKurus(price);
    if (priceKurus === null) errors.price = getSellFlowMessages(locale).pricing.priceInvalid;
    const parsed = createListingSchema.safeParse({ ...body, categoryId: category.category.id, priceKurus });
    if (!parsed.success) return withErrors(validationState(parsed.error, locale, values), errors, locale);
    if (Object.keys(errors).length > 0) return withErrors(errorState(''), errors, locale, values);
    const listing = await createListing(token, parsed.data, locale);
    goTo(stepHref(locale, listing.id, 'fotograflar'));
    return successState('');
  });
}

/** Step 2 of an existing listing. */
export async function updateDetailsAction(_previous: FormState, form: FormData): Promise<FormState> {
  const slug = String(form.get('kategori') ?? '');
  return runStepAction(form, async (token, locale, goTo) => {
    const attributes = (await getCategoryAttributes(slug, locale))?.attributes ?? [];
    const { body, values, errors } = readDetails(form, attributes);
    const parsed = updateListingSchema.safeParse(body);
    if (!parsed.success) return withErrors(validationState(parsed.error, locale, values), errors, locale);
    if (Object.keys(errors).length > 0) return withErrors(errorState(''), errors, locale, values);
    const listing = await updateListing(token, idOf(form), parsed.data, locale);
    changed();
    goTo(stepHref(locale, listing.id, 'fotograflar'));
    return successState('');
  });
}

/**
 * Step 1 of an existing listing. Only the category is sent: the API keeps the attribute values the new category
 * also asks for and drops the rest.
 */
export async function changeCategoryAction(_previous: FormState, form: FormData): Promise<FormState> {
  const slug = String(form.get('kategori') ?? '');
  return runStepAction(form, async (token, locale, goTo) => {
    const category = await getCategory(slug, locale);
    if (!category) return errorState(getSellFlowMessages(locale).category.required);
    const listing = await updateListing(token, idOf(form), { categoryId: category.category.id }, locale);
    changed();
    goTo(stepHref(locale, listing.id, 'bilgiler'));
    return successState('');
  });
}

/** Step 3, called by the photo manager after every upload, removal or move: the ids in display order. */
export async function savePhotosAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runMemberAction(form, undefined, async (token, locale) => {
    const photoIds = form.getAll('photoIds').map(String);
    await updateListing(token, idOf(form), { photoIds }, locale);
    changed();
    return successState(getSellFlowMessages(locale).photos.saved);
  });
}

/** Step 4: price and shipping. */
export async function updatePricingAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runStepAction(form, async (token, locale, goTo) => {
    const t = getSellFlowMessages(locale).pricing;
    const { priceKurus, feeKurus, body, values } = readPricing(form);
    const errors: Record<string, string> = {};
    if (priceKurus === null) errors.price = t.priceInvalid;
    if (feeKurus === null) errors.shippingFee = t.priceInvalid;
    if (Object.keys(errors).length > 0)
      return errorState(getFormMessages(locale).invalid, { fieldErrors: errors, values });
    const parsed = updateListingSchema.safeParse({ ...body, priceKurus, shippingFeeKurus: feeKurus });
    if (!parsed.success) return validationState(parsed.error, locale, values);
    const listing = await updateListing(token, idOf(form), parsed.data, locale);
    changed();
    goTo(stepHref(locale, listing.id, 'onizleme'));
    return successState('');
  });
}

/** Step 5: publish. The answer says whether it went live or to review; a 400 lists what is missing. */
export async function publishAction(_previous: FormState, form: FormData): Promise<FormState> {
  return runMemberAction(form, undefined, async (token, locale) => {
    try {
      const listing = await runListingAction(token, idOf(form), 'publish', locale);
      changed();
      return successState('', { kind: listing.status });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        return errorState(error.details[0]?.reason ?? error.message, { kind: 'conflict' });
      }
      throw error;
    }
  });
}
