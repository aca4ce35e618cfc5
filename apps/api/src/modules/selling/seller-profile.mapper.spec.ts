import { maskIban, maskTckn, sellerProfileSchema } from '@tarodan/contracts';
import { describe, expect, it } from 'vitest';
import { maskIbanFromLast4, maskNumberFromLast4, toSellerProfile } from './seller-profile.mapper.js';
import type { SellerProfileRow } from './seller-profile.repository.js';

const row = (overrides: Partial<SellerProfileRow> = {}): SellerProfileRow => ({
  userId: '0190c7f0-0000-7000-8000-000000000001',
  type: 'PERSONAL',
  status: 'active',
  storeName: 'Mavi Tren',
  contactName: 'Ayşe',
  contactSurname: 'Yılmaz',
  legalCompanyTitle: null,
  taxOffice: null,
  identityNumberEncrypted: 'v1.k.iv.sealed-tckn',
  identityNumberIndex: 'a'.repeat(64),
  identityNumberLast4: '0146',
  taxNumberEncrypted: null,
  taxNumberLast4: null,
  ibanEncrypted: 'v1.k.iv.sealed-iban',
  ibanLast4: '1326',
  address: 'Caferağa Mah. Moda Cad. No:12',
  city: 'İstanbul',
  phone: '+905321234567',
  subMerchantKey: 'c2VjcmV0LWtleQ==',
  providerError: null,
  createdAt: new Date('2026-01-02T03:04:05.000Z'),
  updatedAt: new Date('2026-01-02T03:04:05.678Z'),
  ...overrides,
});

describe('masks from the stored last 4 digits', () => {
  it.each(['TR330006100519786457841326', 'TR180006200119000006672315', 'TR630006200027700006678204'])(
    'gives the same IBAN mask as maskIban of the whole IBAN (%s)',
    (iban) => {
      expect(maskIbanFromLast4(iban.slice(-4))).toBe(maskIban(iban));
    },
  );

  it('gives the same TCKN and VKN masks as maskTckn of the whole number', () => {
    expect(maskNumberFromLast4('0146', 11)).toBe(maskTckn('10000000146'));
    expect(maskNumberFromLast4('7890', 10)).toBe(maskTckn('1234567890'));
  });
});

describe('toSellerProfile', () => {
  it('answers with masked identifiers only: no encrypted token, blind index or sub-merchant key', () => {
    const profile = toSellerProfile(row());
    expect(sellerProfileSchema.strict().parse(profile)).toEqual(profile);
    expect(profile).toMatchObject({
      identityNumberMasked: '*******0146',
      taxNumberMasked: null,
      ibanMasked: 'TR** **** **** **** **** **13 26',
      updatedAt: '2026-01-02T03:04:05.678Z',
    });
    const text = JSON.stringify(profile);
    for (const secret of ['sealed', 'a'.repeat(64), 'c2VjcmV0LWtleQ==']) expect(text).not.toContain(secret);
  });

  it('shows a company’s VKN masked and no TCKN', () => {
    const profile = toSellerProfile(
      row({
        type: 'LIMITED_OR_JOINT_STOCK_COMPANY',
        identityNumberEncrypted: null,
        identityNumberLast4: null,
        taxNumberEncrypted: 'v1.k.iv.sealed-vkn',
        taxNumberLast4: '7890',
        taxOffice: 'Kadıköy',
        legalCompanyTitle: 'Yılmaz Oyuncak Ltd. Şti.',
      }),
    );
    expect(profile).toMatchObject({
      identityNumberMasked: null,
      taxNumberMasked: '******7890',
      taxOffice: 'Kadıköy',
    });
  });
});
