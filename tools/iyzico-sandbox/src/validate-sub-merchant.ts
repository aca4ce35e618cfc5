import { type IyzicoError, iyzicoErrors, missingField } from './iyzico-errors.js';
import {
  SUB_MERCHANT_FIELDS,
  SUB_MERCHANT_TYPES,
  type SubMerchantField,
  type SubMerchantType,
} from './sub-merchant.types.js';

export type SubMerchantFields = Partial<Record<SubMerchantField, string>>;
export type Checked<T> = { ok: true; value: T } | { ok: false; error: IyzicoError };

/**
 * Required at creation, per iyzico's onboarding documentation, beside subMerchantExternalId, subMerchantType,
 * email and address. IBAN and identity number may be left out at creation ("must be filled before approving
 * a payment").
 */
const REQUIRED_ON_CREATE: Record<SubMerchantType, SubMerchantField[]> = {
  PERSONAL: ['contactName', 'contactSurname'],
  PRIVATE_COMPANY: ['taxOffice', 'legalCompanyTitle'],
  LIMITED_OR_JOINT_STOCK_COMPANY: ['taxOffice', 'taxNumber', 'legalCompanyTitle'],
};

/** Required by an update beside email and address; the type is the stored one (an update cannot change it). */
const REQUIRED_ON_UPDATE: Record<SubMerchantType, SubMerchantField[]> = {
  PERSONAL: ['contactName', 'contactSurname', 'iban'],
  PRIVATE_COMPANY: ['contactName', 'contactSurname', 'taxOffice', 'legalCompanyTitle', 'iban'],
  LIMITED_OR_JOINT_STOCK_COMPANY: ['taxOffice', 'taxNumber', 'legalCompanyTitle', 'iban'],
};

/** The currencies iyzico's onboarding documentation lists. */
const CURRENCIES = new Set(['TRY', 'USD', 'EUR', 'GBP', 'RUB', 'CHF', 'NOK']);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const GSM_NUMBER = /^\+?[0-9]{10,15}$/;
const IDENTITY_NUMBER = /^[0-9]{11}$/;
const IBAN_SHAPE = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/;
const TR_IBAN = /^TR[0-9]{24}$/;

/** ISO 13616: moving the first four characters to the end and reading letters as 10–35 leaves 1 modulo 97. */
export function isValidIban(iban: string): boolean {
  if (!IBAN_SHAPE.test(iban) || (iban.startsWith('TR') && !TR_IBAN.test(iban))) return false;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
}

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(error: IyzicoError): Checked<T> => ({ ok: false, error });

/** The sub-merchant fields of a request; a field sent as anything but a string makes the request invalid. */
function pickFields(body: Record<string, unknown>): Checked<SubMerchantFields> {
  const fields: SubMerchantFields = {};
  for (const field of SUB_MERCHANT_FIELDS) {
    const value = body[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return fail(iyzicoErrors.invalidRequest);
    if (value.trim() !== '') fields[field] = value;
  }
  return ok(fields);
}

function checkFormats(fields: SubMerchantFields): IyzicoError | undefined {
  if (fields.email !== undefined && !EMAIL.test(fields.email)) return iyzicoErrors.emailInvalid;
  if (fields.gsmNumber !== undefined && !GSM_NUMBER.test(fields.gsmNumber))
    return iyzicoErrors.gsmNumberInvalid;
  if (fields.iban !== undefined && !isValidIban(fields.iban)) return iyzicoErrors.ibanInvalid;
  if (fields.identityNumber !== undefined && !IDENTITY_NUMBER.test(fields.identityNumber)) {
    return iyzicoErrors.identityNumberInvalid;
  }
  if (fields.currency !== undefined && !CURRENCIES.has(fields.currency)) return iyzicoErrors.currencyInvalid;
  return undefined;
}

/** Like iyzico, reports only the first problem found. */
function checkRequired(fields: SubMerchantFields, required: SubMerchantField[]): IyzicoError | undefined {
  const missing = required.find((field) => fields[field] === undefined);
  return missing === undefined ? undefined : missingField(missing);
}

export interface CreateSubMerchantRequest {
  subMerchantExternalId: string;
  subMerchantType: SubMerchantType;
  fields: SubMerchantFields;
}

/** Checks a `POST /onboarding/submerchant` body. */
export function validateCreateSubMerchant(body: Record<string, unknown>): Checked<CreateSubMerchantRequest> {
  const { subMerchantExternalId, subMerchantType } = body;
  if (typeof subMerchantExternalId !== 'string' || subMerchantExternalId.trim() === '') {
    return fail(missingField('subMerchantExternalId'));
  }
  if (subMerchantType === undefined || subMerchantType === null || subMerchantType === '') {
    return fail(missingField('subMerchantType'));
  }
  if (!SUB_MERCHANT_TYPES.includes(subMerchantType as SubMerchantType)) {
    return fail(iyzicoErrors.subMerchantTypeInvalid);
  }
  const type = subMerchantType as SubMerchantType;
  const picked = pickFields(body);
  if (!picked.ok) return picked;
  const problem =
    checkRequired(picked.value, ['email', 'address', ...REQUIRED_ON_CREATE[type]]) ??
    checkFormats(picked.value);
  if (problem) return fail(problem);
  return ok({ subMerchantExternalId, subMerchantType: type, fields: picked.value });
}

export interface UpdateSubMerchantRequest {
  subMerchantKey: string;
  fields: SubMerchantFields;
}

/** The part of a `PUT /onboarding/submerchant` check that needs no stored sub-merchant. */
export function readSubMerchantKey(body: Record<string, unknown>): Checked<string> {
  const { subMerchantKey } = body;
  if (typeof subMerchantKey !== 'string' || subMerchantKey.trim() === '') {
    return fail(missingField('subMerchantKey'));
  }
  return ok(subMerchantKey);
}

/** Checks an update's fields against the stored sub-merchant's type. */
export function validateUpdateSubMerchant(
  body: Record<string, unknown>,
  type: SubMerchantType,
): Checked<SubMerchantFields> {
  const picked = pickFields(body);
  if (!picked.ok) return picked;
  const problem =
    checkRequired(picked.value, ['email', 'address', ...REQUIRED_ON_UPDATE[type]]) ??
    checkFormats(picked.value);
  return problem ? fail(problem) : picked;
}
