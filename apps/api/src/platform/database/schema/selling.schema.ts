import { pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity.schema.js';

/** iyzico's sub-merchant types. */
export const sellerType = pgEnum('seller_type', [
  'PERSONAL',
  'PRIVATE_COMPANY',
  'LIMITED_OR_JOINT_STOCK_COMPANY',
]);
/** `pending`: saved, not yet accepted by iyzico; `failed`: iyzico refused it (see `providerError`). */
export const sellerStatus = pgEnum('seller_status', ['pending', 'active', 'failed']);

/**
 * A member's seller onboarding. TCKN, tax number and IBAN are encrypted (FieldCipher tokens carry their key id);
 * the `*_index` columns are keyed hashes for duplicate checks; `*_last4` let us show masked values without decrypting.
 */
export const sellerProfiles = pgTable(
  'seller_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: sellerType('type').notNull(),
    status: sellerStatus('status').notNull().default('pending'),
    storeName: text('store_name').notNull(),
    contactName: text('contact_name').notNull(),
    contactSurname: text('contact_surname').notNull(),
    legalCompanyTitle: text('legal_company_title'),
    taxOffice: text('tax_office'),
    identityNumberEncrypted: text('identity_number_encrypted'),
    identityNumberIndex: text('identity_number_index'),
    taxNumberEncrypted: text('tax_number_encrypted'),
    taxNumberLast4: text('tax_number_last4'),
    ibanEncrypted: text('iban_encrypted').notNull(),
    ibanLast4: text('iban_last4').notNull(),
    identityNumberLast4: text('identity_number_last4'),
    address: text('address').notNull(),
    city: text('city').notNull(),
    phone: text('phone').notNull(),
    subMerchantKey: text('sub_merchant_key'),
    providerError: text('provider_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // One seller per TCKN/VKN (the column holds a keyed hash; NULLs do not collide).
  (t) => [uniqueIndex('seller_profiles_identity_unique').on(t.identityNumberIndex)],
);
