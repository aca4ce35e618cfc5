/**
 * The failures the sandbox answers with, in iyzico's shape: `status: "failure"`, a string `errorCode` and an
 * `errorMessage` in the request's locale.
 *
 * Taken from iyzico (documentation and recorded responses): 11, 1000, 1001, 1004, 3, 5, 8, 18, and the
 * "<field> gönderilmesi zorunludur" wording for a missing field. iyzico does not publish the codes of its
 * onboarding checks (duplicate or unknown sub-merchant, bad IBAN, bad type), so the 2xxx codes below are the
 * sandbox's own: match on `status === "failure"`, never on those numbers.
 */
export interface IyzicoError {
  errorCode: string;
  tr: string;
  en: string;
}

const error = (errorCode: string, tr: string, en: string): IyzicoError => ({ errorCode, tr, en });

export const iyzicoErrors = {
  systemError: error('1', 'Sistem hatası', 'System error occurred'),
  invalidRequest: error('11', 'Geçersiz istek', 'Invalid request'),
  invalidSignature: error('1000', 'Geçersiz imza', 'Invalid signature'),
  apiKeyNotFound: error('1001', 'Api bilgileri bulunamadı', 'Api info not found'),
  randomStringMissing: error('1004', 'Random string gönderilmesi zorunludur', 'Random string is mandatory'),
  emailInvalid: error('5', 'email geçersiz formatta gönderilmiş', 'Email was sent in an incorrect format'),
  identityNumberInvalid: error(
    '18',
    'identityNumber geçersiz formatta gönderilmiş',
    'Identity number was sent in an incorrect format',
  ),
  // The sandbox's own codes (see above).
  subMerchantNotFound: error('2001', 'Alt üye işyeri bulunamadı', 'Sub merchant not found'),
  subMerchantExists: error(
    '2002',
    'Bu subMerchantExternalId ile kayıtlı bir alt üye işyeri zaten var',
    'A sub merchant with this subMerchantExternalId already exists',
  ),
  subMerchantTypeInvalid: error('2003', 'Geçersiz subMerchantType', 'Invalid subMerchantType'),
  ibanInvalid: error('2004', 'Geçersiz IBAN', 'Invalid IBAN'),
  gsmNumberInvalid: error(
    '2005',
    'gsmNumber geçersiz formatta gönderilmiş',
    'GSM number has an invalid format',
  ),
  currencyInvalid: error('2006', 'Geçersiz para birimi', 'Invalid currency'),
} satisfies Record<string, IyzicoError>;

/** Codes iyzico gives to a few missing fields; every other missing field gets 24. */
const MISSING_FIELD_CODES: Record<string, string> = { email: '3', identityNumber: '8', gsmNumber: '25' };

/** iyzico's "<field> gönderilmesi zorunludur" ("<field> is mandatory"). */
export function missingField(field: string): IyzicoError {
  return error(
    MISSING_FIELD_CODES[field] ?? '24',
    `${field} gönderilmesi zorunludur`,
    `${field} is mandatory`,
  );
}
