import type { FieldIssue } from '@tarodan/contracts';
import {
  InvalidSubMerchantError,
  type PaymentProviderError,
  type SubMerchantInput,
} from '../../platform/payments/payments.port.js';

/**
 * The onboarding form field behind each iyzico sub-merchant field. `email` (the account's address) and
 * `externalId` (our user id) are not on the form, so a refusal about them names no field.
 */
const FORM_FIELD: Partial<Record<keyof SubMerchantInput | 'subMerchantType', string>> = {
  type: 'type',
  subMerchantType: 'type',
  name: 'storeName',
  gsmNumber: 'phone',
  address: 'address',
  iban: 'iban',
  contactName: 'contactName',
  contactSurname: 'contactSurname',
  identityNumber: 'identityNumber',
  taxNumber: 'taxNumber',
  taxOffice: 'taxOffice',
  legalCompanyTitle: 'legalCompanyTitle',
};

/** iyzico's documented error codes that are about one field (3 and 5 are about `email`: not a form field). */
const FIELD_BY_CODE: Record<string, keyof SubMerchantInput> = {
  '8': 'identityNumber',
  '18': 'identityNumber',
  '25': 'gsmNumber',
};

/** iyzico names the field in its message ("identityNumber geçersiz formatta gönderilmiş"); longest names first. */
const NAMED_FIELDS = [
  'subMerchantType',
  'legalCompanyTitle',
  'contactSurname',
  'identityNumber',
  'contactName',
  'taxNumber',
  'taxOffice',
  'gsmNumber',
  'address',
  'iban',
  'name',
] as const;

/**
 * The form fields (`body.<field>`) a provider refusal is about, with iyzico's reason; empty when it is about
 * nothing the seller can correct (our configuration, the account e-mail, an unknown refusal).
 */
export function formFieldIssues(error: PaymentProviderError): FieldIssue[] {
  if (error instanceof InvalidSubMerchantError) {
    return error.issues.flatMap((issue) => {
      const field = FORM_FIELD[issue.field as keyof SubMerchantInput];
      return field ? [{ field: `body.${field}`, reason: issue.message }] : [];
    });
  }
  const message = error.providerMessage ?? '';
  const providerField = FIELD_BY_CODE[error.providerCode ?? ''] ?? fieldNamedIn(message);
  const field = providerField && FORM_FIELD[providerField];
  if (!field) return [];
  return [{ field: `body.${field}`, reason: `was refused by iyzico: ${message || error.message}` }];
}

function fieldNamedIn(message: string): keyof SubMerchantInput | 'subMerchantType' | undefined {
  if (/\be-?mail\b/i.test(message)) return undefined;
  const named = NAMED_FIELDS.find((field) => new RegExp(`\\b${field}\\b`).test(message));
  if (named) return named;
  return /\bIBAN\b/i.test(message) ? 'iban' : undefined;
}
