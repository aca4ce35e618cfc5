import { describe, expect, it } from 'vitest';
import { InvalidSubMerchantError, PaymentProviderError } from '../../platform/payments/payments.port.js';
import { formFieldIssues } from './sub-merchant-error.mapper.js';

const refusal = (code: string, message: string) =>
  new PaymentProviderError(
    `iyzico refused to register the seller: [${code}] ${message}`,
    false,
    code,
    message,
  );

describe('formFieldIssues', () => {
  it.each([
    ['18', 'identityNumber geçersiz formatta gönderilmiş', 'body.identityNumber'],
    ['8', 'identityNumber gönderilmesi zorunludur', 'body.identityNumber'],
    ['2004', 'Geçersiz IBAN', 'body.iban'],
    ['24', 'taxOffice gönderilmesi zorunludur', 'body.taxOffice'],
    ['24', 'contactName gönderilmesi zorunludur', 'body.contactName'],
    ['24', 'name gönderilmesi zorunludur', 'body.storeName'],
    ['24', 'legalCompanyTitle gönderilmesi zorunludur', 'body.legalCompanyTitle'],
    ['2005', 'gsmNumber geçersiz formatta gönderilmiş', 'body.phone'],
    ['2003', 'Geçersiz subMerchantType', 'body.type'],
  ])('maps iyzico’s [%s] "%s" to %s', (code, message, field) => {
    expect(formFieldIssues(refusal(code, message))).toEqual([
      { field, reason: `was refused by iyzico: ${message}` },
    ]);
  });

  it.each([
    ['5', 'email geçersiz formatta gönderilmiş'],
    ['3', 'email gönderilmesi zorunludur'],
    ['1000', 'Geçersiz imza'],
    ['2001', 'Alt üye işyeri bulunamadı'],
    ['2002', 'Bu subMerchantExternalId ile kayıtlı bir alt üye işyeri zaten var'],
  ])('names no form field for [%s] "%s" (not the seller’s to correct)', (code, message) => {
    expect(formFieldIssues(refusal(code, message))).toEqual([]);
  });

  it('maps the adapter’s own checks to form fields and drops those about the account', () => {
    const error = new InvalidSubMerchantError([
      { field: 'iban', message: 'must be a Turkish IBAN (TR and 24 digits, no spaces)' },
      { field: 'gsmNumber', message: 'must be +90 and ten digits' },
      { field: 'email', message: 'must be an email address' },
    ]);
    expect(formFieldIssues(error)).toEqual([
      { field: 'body.iban', reason: 'must be a Turkish IBAN (TR and 24 digits, no spaces)' },
      { field: 'body.phone', reason: 'must be +90 and ten digits' },
    ]);
  });
});
