export const SUB_MERCHANT_TYPES = ['PERSONAL', 'PRIVATE_COMPANY', 'LIMITED_OR_JOINT_STOCK_COMPANY'] as const;
export type SubMerchantType = (typeof SUB_MERCHANT_TYPES)[number];

/** The fields iyzipay's Create/UpdateSubMerchantRequest carry besides locale and conversationId. */
export const SUB_MERCHANT_FIELDS = [
  'name',
  'email',
  'gsmNumber',
  'address',
  'iban',
  'taxOffice',
  'contactName',
  'contactSurname',
  'legalCompanyTitle',
  'swiftCode',
  'currency',
  'identityNumber',
  'taxNumber',
] as const;
export type SubMerchantField = (typeof SUB_MERCHANT_FIELDS)[number];

/** A sub-merchant as the sandbox keeps it. */
export interface StoredSubMerchant extends Partial<Record<SubMerchantField, string>> {
  subMerchantKey: string;
  subMerchantExternalId: string;
  subMerchantType: SubMerchantType;
  currency: string;
  createdAt: string;
  updatedAt: string;
}

/** One request the sandbox answered, oldest first in `requests()`. */
export interface LoggedRequest {
  method: string;
  path: string;
  /** The parsed JSON body, when it was JSON. */
  body: unknown;
  conversationId?: string;
  status: 'success' | 'failure';
  errorCode?: string;
  receivedAt: string;
}

/** iyzico's response envelope. */
export interface IyzicoResponse {
  status: 'success' | 'failure';
  errorCode?: string;
  errorMessage?: string;
  locale: string;
  systemTime: number;
  conversationId?: string;
  [field: string]: unknown;
}
