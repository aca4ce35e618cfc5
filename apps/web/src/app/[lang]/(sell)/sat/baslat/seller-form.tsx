'use client';

import type { Locale, SellerProfile, SellerType } from '@tarodan/contracts';
import { type ReactNode, useState } from 'react';
import { useFormState } from 'react-dom';
import { CsrfField } from '@/components/forms/csrf-field';
import { FormAlert } from '@/components/forms/form-alert';
import { TextField } from '@/components/forms/text-field';
import { useRetryCountdown } from '@/components/forms/use-countdown';
import { Field, fieldAria } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { SubmitButton } from '@/components/ui/submit-button';
import { cn } from '@/lib/cn';
import { displayTrMobile, idleState } from '@/lib/form-state';
import { getSellerMessages } from '@/lib/i18n/seller-messages';
import { startSellingAction } from './actions';
import { SellerTypePicker } from './seller-type-picker';

type Props = { locale: Locale; csrf: string; seller: SellerProfile | null };

// Shown for some types only, by CSS on the form (group) so switching works without JavaScript too.
// (ids from sellerTypeIds; Tailwind needs the literal class names.)
const hideForLimited = 'group-has-[#seller-type-limited:checked]:hidden';
const onlyForLimited = 'hidden group-has-[#seller-type-limited:checked]:flex';
const hideForPersonal = 'group-has-[#seller-type-personal:checked]:hidden';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="grid gap-5 border-t border-line pt-6 sm:grid-cols-2">
      <legend className="float-left mb-1 w-full text-base font-bold text-ink sm:col-span-2">{title}</legend>
      {children}
    </fieldset>
  );
}

export function SellerForm({ locale, csrf, seller }: Props) {
  const [state, action] = useFormState(startSellingAction, idleState);
  const left = useRetryCountdown(state);
  const t = getSellerMessages(locale);
  const fields = t.fields;
  const errors = state.fieldErrors ?? {};
  const echoed = state.status === 'error' ? (state.values ?? {}) : {};
  const [type, setType] = useState<SellerType>((echoed.type as SellerType) ?? seller?.type ?? 'PERSONAL');
  const value = (name: string, saved?: string | null) => echoed[name] ?? saved ?? '';
  const needs = (...types: SellerType[]) => types.includes(type);

  return (
    <div className="flex flex-col gap-6">
      <FormAlert state={state} locale={locale} left={left} testId="seller-alert" />
      <form action={action} className="group flex flex-col gap-6" key={state.at} noValidate={false}>
        <CsrfField token={csrf} />
        <SellerTypePicker locale={locale} value={type} onChange={setType} />
        <Section title={t.sections.store}>
          <TextField
            id="storeName"
            label={fields.storeName}
            hint={fields.storeNameHint}
            error={errors.storeName}
            required
            minLength={2}
            maxLength={60}
            defaultValue={value('storeName', seller?.storeName)}
            fieldClassName="sm:col-span-2"
          />
          <TextField
            id="contactName"
            label={fields.contactName}
            error={errors.contactName}
            required
            maxLength={60}
            autoComplete="given-name"
            defaultValue={value('contactName', seller?.contactName)}
          />
          <TextField
            id="contactSurname"
            label={fields.contactSurname}
            error={errors.contactSurname}
            required
            maxLength={60}
            autoComplete="family-name"
            defaultValue={value('contactSurname', seller?.contactSurname)}
          />
        </Section>
        <Section title={t.sections.identity}>
          <TextField
            id="identityNumber"
            label={fields.identityNumber}
            hint={fields.identityNumberHint}
            error={errors.identityNumber}
            required={needs('PERSONAL', 'PRIVATE_COMPANY')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={14}
            defaultValue={value('identityNumber')}
            fieldClassName={hideForLimited}
            data-testid="identity-number"
          />
          <TextField
            id="taxNumber"
            label={fields.taxNumber}
            hint={fields.taxNumberHint}
            error={errors.taxNumber}
            required={needs('LIMITED_OR_JOINT_STOCK_COMPANY')}
            inputMode="numeric"
            autoComplete="off"
            maxLength={13}
            defaultValue={value('taxNumber')}
            fieldClassName={onlyForLimited}
          />
          <TextField
            id="taxOffice"
            label={fields.taxOffice}
            error={errors.taxOffice}
            required={needs('PRIVATE_COMPANY', 'LIMITED_OR_JOINT_STOCK_COMPANY')}
            maxLength={60}
            defaultValue={value('taxOffice', seller?.taxOffice)}
            fieldClassName={hideForPersonal}
          />
          <TextField
            id="legalCompanyTitle"
            label={fields.legalCompanyTitle}
            hint={fields.legalCompanyTitleHint}
            error={errors.legalCompanyTitle}
            required={needs('PRIVATE_COMPANY', 'LIMITED_OR_JOINT_STOCK_COMPANY')}
            maxLength={200}
            autoComplete="organization"
            defaultValue={value('legalCompanyTitle', seller?.legalCompanyTitle)}
            fieldClassName={cn('sm:col-span-2', hideForPersonal)}
          />
        </Section>
        <Section title={t.sections.payout}>
          <TextField
            id="iban"
            label={fields.iban}
            hint={fields.ibanHint}
            error={errors.iban}
            required
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            maxLength={34}
            placeholder="TR00 0000 0000 0000 0000 0000 00"
            defaultValue={value('iban')}
            fieldClassName="sm:col-span-2"
            className="font-mono"
          />
        </Section>
        <Section title={t.sections.contact}>
          <TextField
            id="phone"
            label={fields.phone}
            hint={fields.phoneHint}
            error={errors.phone}
            required
            type="tel"
            inputMode="tel"
            autoComplete="tel-national"
            maxLength={20}
            placeholder="05xx xxx xx xx"
            defaultValue={value('phone', displayTrMobile(seller?.phone))}
          />
          <TextField
            id="city"
            label={fields.city}
            error={errors.city}
            required
            minLength={2}
            maxLength={60}
            autoComplete="address-level1"
            defaultValue={value('city', seller?.city)}
          />
          <Field id="address" label={fields.address} error={errors.address} className="sm:col-span-2">
            <Textarea
              {...fieldAria('address', { error: errors.address })}
              name="address"
              required
              minLength={10}
              maxLength={300}
              rows={3}
              autoComplete="street-address"
              defaultValue={value('address', seller?.address)}
            />
          </Field>
        </Section>
        <div className="border-t border-line pt-6">
          <SubmitButton
            size="lg"
            className="w-full sm:w-auto"
            pendingLabel={t.submitting}
            disabled={(left ?? 0) > 0}
          >
            {seller ? t.update : t.submit}
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
