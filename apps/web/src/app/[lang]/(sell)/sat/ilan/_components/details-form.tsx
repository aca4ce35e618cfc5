'use client';

import {
  authenticities,
  type Brand,
  type CategoryAttribute,
  conditionGrades,
  type Locale,
  type OwnListing,
  packagingStates,
} from '@tarodan/contracts';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { TextField } from '@/components/forms/text-field';
import { Field, fieldAria } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { idleState } from '@/lib/form-state';
import { getFormMessages } from '@/lib/i18n/form-messages';
import { getListingMessages } from '@/lib/i18n/listing-messages';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { createDraftAction, updateDetailsAction } from '../actions';
import { AttributeFields } from './attribute-fields';
import { RadioPills } from './radio-pills';
import { StepNav } from './step-nav';

type Props = {
  locale: Locale;
  csrf: string;
  categorySlug: string;
  attributes: CategoryAttribute[];
  brands: Brand[];
  /** Null for a new listing: this form then creates the draft (and asks for a price, as the API needs one). */
  listing: OwnListing | null;
  back: string;
};

const selectClass =
  'h-11 w-full rounded-sm border border-line bg-surface px-3 text-[15px] text-ink shadow-sm hover:border-ink/25 ' +
  'focus:border-accent/60 focus:outline-none focus:ring-4 focus:ring-accent/10';

/** Step 2: title, description, brand, grades and the category's attributes. Errors appear beside their fields. */
export function DetailsForm({ locale, csrf, categorySlug, attributes, brands, listing, back }: Props) {
  const [state, action] = useFormState(listing ? updateDetailsAction : createDraftAction, idleState);
  const t = getSellFlowMessages(locale).details;
  const l = getListingMessages(locale);
  const errors = state.fieldErrors ?? {};
  const echoed = state.status === 'error' ? (state.values ?? {}) : {};
  const value = (name: string, saved?: string | null) => echoed[name] ?? saved ?? '';
  return (
    <form action={action} className="mt-6 flex flex-col gap-6" key={state.at} data-testid="details-form">
      <CsrfField token={csrf} />
      <input type="hidden" name="kategori" value={categorySlug} />
      {listing ? <input type="hidden" name="listingId" value={listing.id} /> : null}
      <FormAlert state={state} locale={locale} testId="details-alert" />
      <div className="flex flex-col gap-5 rounded-lg border border-line bg-surface p-5 sm:p-7">
        <TextField
          id="title"
          label={t.titleLabel}
          hint={t.titleHint}
          placeholder={t.titlePlaceholder}
          error={errors.title}
          required
          minLength={5}
          maxLength={120}
          defaultValue={value('title', listing?.title)}
        />
        <Field id="description" label={t.description} hint={t.descriptionHint} error={errors.description}>
          <Textarea
            {...fieldAria('description', { hint: t.descriptionHint, error: errors.description })}
            name="description"
            required
            minLength={20}
            maxLength={5000}
            rows={6}
            defaultValue={value('description', listing?.description)}
          />
        </Field>
        <Field id="brandId" label={t.brand} error={errors.brandId}>
          <select
            {...fieldAria('brandId', { error: errors.brandId })}
            name="brandId"
            defaultValue={value('brandId', listing?.brandId)}
            className={selectClass}
          >
            <option value="">{t.noBrand}</option>
            {brands.map((brand) => (
              <option key={brand.id} value={brand.id}>
                {brand.name}
              </option>
            ))}
          </select>
        </Field>
        {listing ? null : (
          <TextField
            id="price"
            label={`${t.price} (₺)`}
            hint={t.priceHint}
            error={errors.price ?? errors.priceKurus}
            required
            inputMode="decimal"
            placeholder="1.250,00"
            defaultValue={value('price')}
            className="max-w-xs tabular-nums"
          />
        )}
      </div>
      <div className="flex flex-col gap-5 rounded-lg border border-line bg-surface p-5 sm:p-7">
        <RadioPills
          name="condition"
          legend={t.condition}
          options={conditionGrades}
          labels={l.condition}
          value={value('condition', listing?.condition)}
          error={errors.condition}
          required
        />
        <RadioPills
          name="packaging"
          legend={t.packaging}
          options={packagingStates}
          labels={l.packaging}
          value={value('packaging', listing?.packaging)}
          error={errors.packaging}
          required
        />
        <RadioPills
          name="authenticity"
          legend={t.authenticity}
          options={authenticities}
          labels={l.authenticity}
          value={value('authenticity', listing?.authenticity ?? 'original')}
          error={errors.authenticity}
        />
      </div>
      {attributes.length > 0 ? (
        <section
          className="rounded-lg border border-line bg-surface p-5 sm:p-7"
          aria-labelledby="attributes-title"
        >
          <h3 id="attributes-title" className="mb-4 text-base font-bold text-ink">
            {t.attributes}
          </h3>
          <AttributeFields
            locale={locale}
            attributes={attributes}
            saved={listing?.attributeValues ?? {}}
            echoed={echoed}
            errors={errors}
            labels={{ choose: t.choose, required: t.required, optional: getFormMessages(locale).optional }}
          />
        </section>
      ) : null}
      <StepNav locale={locale} back={back} hint />
    </form>
  );
}
