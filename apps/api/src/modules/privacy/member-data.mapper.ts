import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { MemberDataRows } from './member-data.repository.js';

/** FieldCipher contexts the selling module encrypts seller identifiers with. */
export const SELLER_FIELD_CONTEXTS = {
  identityNumber: 'seller.identityNumber',
  taxNumber: 'seller.taxNumber',
  iban: 'seller.iban',
} as const;

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** The member's data as it goes into data.json: dates as ISO 8601 strings, seller identifiers decrypted. */
export function toMemberDataExport(rows: MemberDataRows, cipher: FieldCipher) {
  const { user, seller } = rows;
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      status: user.status,
      statusReason: user.statusReason,
      mobile: user.mobile,
      city: user.city,
      bio: user.bio,
      hasAvatar: user.avatarKey !== null,
      emailVerifiedAt: iso(user.emailVerifiedAt),
      passwordChangedAt: iso(user.passwordChangedAt),
      twoFactorEnabledAt: iso(user.mfaEnabledAt),
      createdAt: iso(user.createdAt),
      updatedAt: iso(user.updatedAt),
    },
    consents: rows.consents.map((c) => ({ ...c, createdAt: iso(c.createdAt) })),
    // Their own identifiers, so decrypted. The blind indexes and iyzico's sub-merchant key are internal references.
    sellerProfile: seller
      ? {
          type: seller.type,
          status: seller.status,
          storeName: seller.storeName,
          contactName: seller.contactName,
          contactSurname: seller.contactSurname,
          legalCompanyTitle: seller.legalCompanyTitle,
          taxOffice: seller.taxOffice,
          identityNumber: decryptOrNull(
            cipher,
            seller.identityNumberEncrypted,
            SELLER_FIELD_CONTEXTS.identityNumber,
          ),
          taxNumber: decryptOrNull(cipher, seller.taxNumberEncrypted, SELLER_FIELD_CONTEXTS.taxNumber),
          iban: cipher.decrypt(seller.ibanEncrypted, SELLER_FIELD_CONTEXTS.iban),
          address: seller.address,
          city: seller.city,
          phone: seller.phone,
          providerError: seller.providerError,
          createdAt: iso(seller.createdAt),
          updatedAt: iso(seller.updatedAt),
        }
      : null,
    accountTokens: rows.tokens.map((t) => ({
      purpose: t.purpose,
      createdAt: iso(t.createdAt),
      expiresAt: iso(t.expiresAt),
      usedAt: iso(t.usedAt),
    })),
    auditLog: rows.audit.map((a) => ({ ...a, createdAt: iso(a.createdAt) })),
    dataExports: rows.exports.map((e) => ({
      id: e.id,
      status: e.status,
      requestedAt: iso(e.requestedAt),
      completedAt: iso(e.completedAt),
      expiresAt: iso(e.expiresAt),
    })),
    listings: rows.listings.map((l) => ({
      ...l,
      attributes: JSON.stringify(l.attributes),
      createdAt: iso(l.createdAt),
      updatedAt: iso(l.updatedAt),
    })),
    favorites: rows.favorites.map((f) => ({ ...f, createdAt: iso(f.createdAt) })),
  };
}

export type MemberDataExport = ReturnType<typeof toMemberDataExport>;

function decryptOrNull(cipher: FieldCipher, token: string | null, context: string): string | null {
  return token === null ? null : cipher.decrypt(token, context);
}
