'use client';

import { type Locale, type OwnListing, type ShippingPayer, shippingPayers } from '@tarodan/contracts';
import { useState } from 'react';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { TextField } from '@/components/forms/text-field';
import { Field, fieldAria } from '@/components/ui/field';
import { Checkbox } from '@/components/ui/input';
import { idleState } from '@/lib/form-state';
import { getSellFlowMessages } from '@/lib/i18n/sell-flow-messages';
import { kurusToInput } from '@/lib/money';
import { updatePricingAction } from '../actions';
import { RadioPills } from './radio-pills';
import { StepNav } from './step-nav';

type Props = { locale: Locale; csrf: string; listing: OwnListing; back: string };

const DAYS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const selectClass =
  'h-11 w-full max-w-xs rounded-sm border border-line bg-surface px-3 text-[15px] text-ink shadow-sm ' +
  'hover:border-ink/25 focus:border-accent/60 focus:outline-none focus:ring-4 focus:ring-accent/10';

/** Step 4: the price typed the Turkish way ("1.250,00"), who pays shipping and how soon it ships. */
export function PricingForm({ locale, csrf, listing, back }: Props) {
  const [state, action] = useFormState(updatePricingAction, idleState);
  const t = getSellFlowMessages(locale).pricing;
  const errors = state.fieldErrors ?? {};
  const echoed = state.status === 'error' ? (state.values ?? {}) : {};
  const [payer, setPayer] = useState<ShippingPayer>(
    (echoed.shippingPayer as ShippingPayer | undefined) ?? listing.shippingPayer,
  );
  const fee =
    echoed.shippingFee ?? (listing.shippingFeeKurus > 0 ? kurusToInput(listing.shippingFeeKurus) : '');
  const offers = 'acceptsOffers' in echoed ? echoed.acceptsOffers === 'on' : listing.acceptsOffers;
  return (
    <form action={action} className="mt-6 flex flex-col gap-6" key={state.at} data-testid="pricing-form">
      <CsrfField token={csrf} />
      <input type="hidden" name="listingId" value={listing.id} />
      <input type="hidden" name="quantity" value={listing.quantity} />
      <FormAlert state={state} locale={locale} testId="pricing-alert" />
      <div className="flex flex-col gap-5 rounded-lg border border-line bg-surface p-5 sm:p-7">
        <TextField
          id="price"
          label={t.price}
          hint={t.priceHint}
          error={errors.price ?? errors.priceKurus}
          required
          inputMode="decimal"
          placeholder="1.250,00"
          defaultValue={echoed.price ?? kurusToInput(listing.priceKurus)}
          className="max-w-xs text-lg font-bold tabular-nums"
        />
        <label htmlFor="acceptsOffers" className="flex cursor-pointer items-start gap-3">
          <Checkbox id="acceptsOffers" name="acceptsOffers" defaultChecked={offers} />
          <span>
            <span className="block font-medium text-ink">{t.offers}</span>
            <span className="block text-sm text-ink-muted">{t.offersHint}</span>
          </span>
        </label>
      </div>
      <div className="flex flex-col gap-5 rounded-lg border border-line bg-surface p-5 sm:p-7">
        <div onChange={(event) => setPayer((event.target as HTMLInputElement).value as ShippingPayer)}>
          <RadioPills
            name="shippingPayer"
            legend={t.payer}
            options={shippingPayers}
            labels={t.payers}
            value={payer}
            error={errors.shippingPayer}
          />
        </div>
        {payer === 'buyer' ? (
          <TextField
            id="shippingFee"
            label={t.fee}
            hint={t.feeHint}
            error={errors.shippingFee ?? errors.shippingFeeKurus}
            inputMode="decimal"
            placeholder="75,00"
            defaultValue={fee}
            className="max-w-xs tabular-nums"
          />
        ) : null}
        <Field id="shipsWithinDays" label={t.within} error={errors.shipsWithinDays}>
          <select
            {...fieldAria('shipsWithinDays', { error: errors.shipsWithinDays })}
            name="shipsWithinDays"
            defaultValue={echoed.shipsWithinDays ?? String(listing.shipsWithinDays)}
            className={selectClass}
          >
            {DAYS.map((days) => (
              <option key={days} value={days}>
                {t.days(days)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <StepNav locale={locale} back={back} hint />
    </form>
  );
}
