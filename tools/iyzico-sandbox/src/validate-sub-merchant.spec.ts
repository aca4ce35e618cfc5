import { describe, expect, it } from 'vitest';
import { isValidIban, validateCreateSubMerchant } from './validate-sub-merchant.js';

describe('isValidIban', () => {
  it('accepts IBANs whose check digits hold, Turkish or not', () => {
    expect(isValidIban('TR180006200119000006672315')).toBe(true);
    expect(isValidIban('DE89370400440532013000')).toBe(true);
  });

  it('refuses wrong check digits, spaces, lower case and Turkish IBANs of the wrong length', () => {
    expect(isValidIban('TR190006200119000006672315')).toBe(false);
    expect(isValidIban('TR18 0006 2001 1900 0006 6723 15')).toBe(false);
    expect(isValidIban('tr180006200119000006672315')).toBe(false);
    expect(isValidIban('TR1800062001190000066723150')).toBe(false);
  });
});

describe('validateCreateSubMerchant', () => {
  it('reports only the first problem, in iyzico’s order', () => {
    const result = validateCreateSubMerchant({ subMerchantExternalId: 'u1', subMerchantType: 'PERSONAL' });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ errorCode: '3' }) });
  });

  it('keeps only the sub-merchant fields, without blank ones', () => {
    const result = validateCreateSubMerchant({
      subMerchantExternalId: 'u1',
      subMerchantType: 'PERSONAL',
      email: 'a@example.com',
      address: 'Adres',
      contactName: 'Ali',
      contactSurname: 'Veli',
      name: '',
      unknownField: 'x',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        subMerchantExternalId: 'u1',
        subMerchantType: 'PERSONAL',
        fields: { email: 'a@example.com', address: 'Adres', contactName: 'Ali', contactSurname: 'Veli' },
      },
    });
  });
});
