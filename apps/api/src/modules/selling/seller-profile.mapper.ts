import { maskIban, type SellerProfile } from '@tarodan/contracts';
import type { SellerProfileRow } from './seller-profile.repository.js';

/** A TR IBAN is 26 characters; only its last 4 are stored in clear, which is all its mask shows besides `TR`. */
const TR_IBAN_LENGTH = 26;
const TCKN_LENGTH = 11;
const VKN_LENGTH = 10;

/** `TR** **** **** **** **** **13 26`: the same string `maskIban` gives for the full IBAN. */
export function maskIbanFromLast4(last4: string): string {
  return maskIban(`TR${'0'.repeat(TR_IBAN_LENGTH - 2 - last4.length)}${last4}`);
}

/** `*******0146` for a TCKN (11 digits), `******7890` for a VKN (10 digits): as `maskTckn` shows them. */
export function maskNumberFromLast4(last4: string, length: number): string {
  return '*'.repeat(Math.max(0, length - last4.length)) + last4;
}

/** What the seller and admins see: identifiers masked from their stored last 4 digits, never decrypted. */
export function toSellerProfile(row: SellerProfileRow): SellerProfile {
  return {
    type: row.type,
    status: row.status,
    storeName: row.storeName,
    contactName: row.contactName,
    contactSurname: row.contactSurname,
    legalCompanyTitle: row.legalCompanyTitle,
    taxOffice: row.taxOffice,
    identityNumberMasked:
      row.identityNumberLast4 === null ? null : maskNumberFromLast4(row.identityNumberLast4, TCKN_LENGTH),
    taxNumberMasked: row.taxNumberLast4 === null ? null : maskNumberFromLast4(row.taxNumberLast4, VKN_LENGTH),
    ibanMasked: maskIbanFromLast4(row.ibanLast4),
    address: row.address,
    city: row.city,
    phone: row.phone,
    providerError: row.providerError,
    updatedAt: row.updatedAt.toISOString(),
  };
}
