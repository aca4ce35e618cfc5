import { createRequire } from 'node:module';
import Iyzipay from 'iyzipay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { iyzicoAuthorization } from './iyzico-auth.js';
import { type IyzicoSandbox, startIyzicoSandbox } from './sandbox-server.js';

const API_KEY = 'sandbox-test-api-key';
const SECRET_KEY = 'sandbox-test-secret-key';

let sandbox: IyzicoSandbox;
let client: Iyzipay;

beforeAll(async () => {
  sandbox = await startIyzicoSandbox({ apiKey: API_KEY, secretKey: SECRET_KEY });
  client = new Iyzipay({ uri: sandbox.url, apiKey: API_KEY, secretKey: SECRET_KEY });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.clear());

type Method = 'create' | 'update' | 'retrieve';

function call(
  method: Method,
  request: Record<string, unknown>,
  using: Iyzipay = client,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    using.subMerchant[method](request, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

let sequence = 0;
const externalId = () => `seller-${++sequence}`;

// The IBANs are iyzico's own sample IBANs (valid check digits); the address has Turkish letters on purpose.
const personal = (overrides: Record<string, unknown> = {}) => ({
  locale: 'tr',
  conversationId: `conv-${sequence}`,
  subMerchantExternalId: externalId(),
  subMerchantType: 'PERSONAL',
  address: 'Nidakule Göztepe, Merdivenköy Mah. Bora Sok. No:1 Kadıköy/İstanbul',
  contactName: 'Ayşe',
  contactSurname: 'Yılmaz',
  email: 'ayse@example.com',
  gsmNumber: '+905350000000',
  name: 'Ayşe’nin Oyuncakları',
  iban: 'TR180006200119000006672315',
  identityNumber: '31300864726',
  currency: 'TRY',
  ...overrides,
});

const privateCompany = (overrides: Record<string, unknown> = {}) => ({
  locale: 'tr',
  conversationId: `conv-${sequence}`,
  subMerchantExternalId: externalId(),
  subMerchantType: 'PRIVATE_COMPANY',
  address: 'Bağdat Cad. No:5 Kadıköy/İstanbul',
  taxOffice: 'Kadıköy',
  legalCompanyTitle: 'Mehmet Demir Oyuncak',
  email: 'mehmet@example.com',
  gsmNumber: '+905350000001',
  name: 'Demir Koleksiyon',
  iban: 'TR630006200027700006678204',
  identityNumber: '74300864791',
  currency: 'TRY',
  ...overrides,
});

const limitedCompany = (overrides: Record<string, unknown> = {}) => ({
  locale: 'tr',
  conversationId: `conv-${sequence}`,
  subMerchantExternalId: externalId(),
  subMerchantType: 'LIMITED_OR_JOINT_STOCK_COMPANY',
  address: 'Atatürk Bulvarı No:10 Çankaya/Ankara',
  taxOffice: 'Çankaya',
  taxNumber: '1234567890',
  legalCompanyTitle: 'Koleksiyon Oyuncak Ticaret A.Ş.',
  email: 'muhasebe@example.com',
  gsmNumber: '+905350000002',
  name: 'Koleksiyon Dükkanı',
  iban: 'TR330006100519786457841326',
  currency: 'TRY',
  ...overrides,
});

function expectFailure(result: Record<string, unknown>, errorCode: string, errorMessage: string | RegExp) {
  expect(result).toMatchObject({ status: 'failure', errorCode, locale: 'tr' });
  expect(result.errorMessage).toEqual(
    typeof errorMessage === 'string' ? errorMessage : expect.stringMatching(errorMessage),
  );
  expect(result.systemTime).toEqual(expect.any(Number));
}

describe('request signature (IYZWSv2)', () => {
  it('accepts a request signed by iyzipay and answers like iyzico', async () => {
    const request = personal({ conversationId: 'conv-signed' });
    const result = await call('create', request);
    expect(result).toEqual({
      status: 'success',
      locale: 'tr',
      systemTime: expect.any(Number),
      conversationId: 'conv-signed',
      subMerchantKey: expect.stringMatching(/^[A-Za-z0-9+/]{27}=$/),
    });
    expect(Math.abs((result.systemTime as number) - Date.now())).toBeLessThan(5000);
  });

  it('builds the Authorization header byte for byte as iyzipay does', () => {
    const require = createRequire(import.meta.url);
    const utils = require('iyzipay/lib/utils.js') as {
      generateAuthorizationHeaderV2: (
        headerName: string,
        apiKey: string,
        separator: string,
        secretKey: string,
        uriPath: string,
        body: unknown,
        randomKey: string,
      ) => string;
    };
    const body = personal();
    const expected = utils.generateAuthorizationHeaderV2(
      'IYZWSv2',
      API_KEY,
      ':',
      SECRET_KEY,
      '/onboarding/submerchant',
      body,
      '123456789abc',
    );
    const ours = iyzicoAuthorization(
      { apiKey: API_KEY, secretKey: SECRET_KEY },
      '123456789abc',
      '/onboarding/submerchant',
      JSON.stringify(body),
    );
    expect(ours).toBe(expected);
  });

  it('refuses a request signed with another secret key with 1000 and stores nothing', async () => {
    const wrong = new Iyzipay({ uri: sandbox.url, apiKey: API_KEY, secretKey: 'not-the-secret' });
    const result = await call('create', personal({ conversationId: 'conv-wrong-secret' }), wrong);
    expectFailure(result, '1000', 'Geçersiz imza');
    expect(result.conversationId).toBe('conv-wrong-secret');
    expect(sandbox.subMerchants()).toEqual([]);
  });

  it('refuses an unknown API key with 1001', async () => {
    const stranger = new Iyzipay({ uri: sandbox.url, apiKey: 'someone-else', secretKey: SECRET_KEY });
    expectFailure(await call('create', personal(), stranger), '1001', 'Api bilgileri bulunamadı');
  });

  it('answers in English when the request asks for locale en', async () => {
    const wrong = new Iyzipay({ uri: sandbox.url, apiKey: API_KEY, secretKey: 'not-the-secret' });
    const result = await call('create', personal({ locale: 'en' }), wrong);
    expect(result).toMatchObject({
      status: 'failure',
      errorCode: '1000',
      errorMessage: 'Invalid signature',
      locale: 'en',
    });
  });

  describe('hand-made requests', () => {
    const path = '/onboarding/submerchant';
    const send = (body: string, headers: Record<string, string>) =>
      fetch(`${sandbox.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });

    it('requires the x-iyzi-rnd header (1004)', async () => {
      const body = JSON.stringify(personal());
      const authorization = iyzicoAuthorization(
        { apiKey: API_KEY, secretKey: SECRET_KEY },
        'rnd1',
        path,
        body,
      );
      const response = await send(body, { authorization });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'failure', errorCode: '1004' });
    });

    it('refuses a body changed after signing, and a random key that differs from the header', async () => {
      const credentials = { apiKey: API_KEY, secretKey: SECRET_KEY };
      const signed = JSON.stringify(personal());
      const authorization = iyzicoAuthorization(credentials, 'rnd1', path, signed);
      const tampered = signed.replace('TR180006200119000006672315', 'TR630006200027700006678204');
      expect(await (await send(tampered, { authorization, 'x-iyzi-rnd': 'rnd1' })).json()).toMatchObject({
        errorCode: '1000',
      });
      expect(await (await send(signed, { authorization, 'x-iyzi-rnd': 'rnd2' })).json()).toMatchObject({
        errorCode: '1000',
      });
      expect(await (await send(signed, { authorization, 'x-iyzi-rnd': 'rnd1' })).json()).toMatchObject({
        status: 'success',
      });
    });

    it('refuses a missing or non-IYZWSv2 Authorization header with 1001', async () => {
      const body = JSON.stringify(personal());
      for (const authorization of [undefined, 'IYZWS sandbox:abc', 'Bearer x']) {
        const headers: Record<string, string> = { 'x-iyzi-rnd': 'rnd1' };
        if (authorization) headers.authorization = authorization;
        expect(await (await send(body, headers)).json()).toMatchObject({
          status: 'failure',
          errorCode: '1001',
        });
      }
    });

    it('answers a signed body that is not JSON with 11 (invalid request)', async () => {
      const body = 'locale=tr';
      const authorization = iyzicoAuthorization(
        { apiKey: API_KEY, secretKey: SECRET_KEY },
        'rnd1',
        path,
        body,
      );
      expect(await (await send(body, { authorization, 'x-iyzi-rnd': 'rnd1' })).json()).toMatchObject({
        status: 'failure',
        errorCode: '11',
        errorMessage: 'Geçersiz istek',
      });
    });
  });
});

describe('POST /onboarding/submerchant (create)', () => {
  it.each([
    ['PERSONAL', personal],
    ['PRIVATE_COMPANY', privateCompany],
    ['LIMITED_OR_JOINT_STOCK_COMPANY', limitedCompany],
  ])('registers a %s sub-merchant with every field it was sent', async (type, build) => {
    const request = build();
    const result = await call('create', request);
    expect(result.status).toBe('success');
    const { locale: _locale, conversationId: _conversation, ...fields } = request;
    expect(sandbox.subMerchants()).toEqual([
      {
        ...fields,
        subMerchantType: type,
        subMerchantKey: result.subMerchantKey,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);
  });

  it.each([
    ['PERSONAL', personal, 'subMerchantExternalId', '24'],
    ['PERSONAL', personal, 'subMerchantType', '24'],
    ['PERSONAL', personal, 'email', '3'],
    ['PERSONAL', personal, 'address', '24'],
    ['PERSONAL', personal, 'contactName', '24'],
    ['PERSONAL', personal, 'contactSurname', '24'],
    ['PRIVATE_COMPANY', privateCompany, 'taxOffice', '24'],
    ['PRIVATE_COMPANY', privateCompany, 'legalCompanyTitle', '24'],
    ['LIMITED_OR_JOINT_STOCK_COMPANY', limitedCompany, 'taxOffice', '24'],
    ['LIMITED_OR_JOINT_STOCK_COMPANY', limitedCompany, 'taxNumber', '24'],
    ['LIMITED_OR_JOINT_STOCK_COMPANY', limitedCompany, 'legalCompanyTitle', '24'],
  ])('refuses a %s sub-merchant without %s', async (_type, build, field, errorCode) => {
    const result = await call('create', build({ [field]: undefined }));
    expectFailure(result, errorCode, `${field} gönderilmesi zorunludur`);
    expect(sandbox.subMerchants()).toEqual([]);
  });

  it('treats a blank required field as missing', async () => {
    expectFailure(
      await call('create', personal({ contactName: '  ' })),
      '24',
      'contactName gönderilmesi zorunludur',
    );
  });

  it('accepts what iyzico lets wait until the first approval: IBAN, identity number, phone, store name', async () => {
    const bare = { iban: undefined, identityNumber: undefined, gsmNumber: undefined, name: undefined };
    expect((await call('create', personal(bare))).status).toBe('success');
    expect((await call('create', privateCompany(bare))).status).toBe('success');
    expect((await call('create', limitedCompany(bare))).status).toBe('success');
    expect(sandbox.subMerchants().map((s) => s.currency)).toEqual(['TRY', 'TRY', 'TRY']);
  });

  it.each([
    ['an e-mail address without a domain', { email: 'ayse@' }, '5'],
    ['an IBAN with wrong check digits', { iban: 'TR190006200119000006672315' }, '2004'],
    ['a Turkish IBAN of the wrong length', { iban: 'TR18000620011900000667231' }, '2004'],
    ['a phone number with letters', { gsmNumber: '+90535ABC0000' }, '2005'],
    ['an identity number of 10 digits', { identityNumber: '3130086472' }, '18'],
    ['an unknown currency', { currency: 'TL' }, '2006'],
    ['an unknown sub-merchant type', { subMerchantType: 'COMPANY' }, '2003'],
    ['a field that is not a string', { contactName: 42 }, '11'],
  ])('refuses %s', async (_what, overrides, errorCode) => {
    const result = await call('create', personal(overrides));
    expect(result).toMatchObject({ status: 'failure', errorCode, errorMessage: expect.any(String) });
    expect(sandbox.subMerchants()).toEqual([]);
  });

  it('refuses a second sub-merchant with the same external id, like iyzico', async () => {
    const first = personal();
    expect((await call('create', first)).status).toBe('success');
    const second = await call(
      'create',
      privateCompany({ subMerchantExternalId: first.subMerchantExternalId }),
    );
    expectFailure(second, '2002', /zaten var/);
    expect(sandbox.subMerchants()).toHaveLength(1);
  });
});

describe('PUT /onboarding/submerchant (update)', () => {
  async function registered<T extends Record<string, unknown>>(build: () => T) {
    const request = build();
    const { subMerchantKey } = await call('create', request);
    return { request, subMerchantKey: subMerchantKey as string };
  }

  it('replaces the fields it is sent and keeps the type and external id', async () => {
    const { request, subMerchantKey } = await registered(personal);
    const result = await call('update', {
      locale: 'tr',
      conversationId: 'conv-update',
      subMerchantKey,
      address: 'Yeni Mah. Çiçek Sok. No:3 Üsküdar/İstanbul',
      contactName: 'Ayşe',
      contactSurname: 'Kaya',
      email: 'ayse.kaya@example.com',
      gsmNumber: '+905350000009',
      iban: 'TR630006200027700006678204',
      identityNumber: '31300864726',
      name: 'Kaya Oyuncak',
      currency: 'TRY',
    });
    expect(result).toEqual({
      status: 'success',
      locale: 'tr',
      systemTime: expect.any(Number),
      conversationId: 'conv-update',
    });
    expect(sandbox.subMerchants()[0]).toMatchObject({
      subMerchantKey,
      subMerchantExternalId: request.subMerchantExternalId,
      subMerchantType: 'PERSONAL',
      contactSurname: 'Kaya',
      email: 'ayse.kaya@example.com',
      iban: 'TR630006200027700006678204',
      name: 'Kaya Oyuncak',
    });
  });

  it('checks the update against the stored type', async () => {
    const { request, subMerchantKey } = await registered(limitedCompany);
    const { subMerchantExternalId: _id, subMerchantType: _type, ...fields } = request;
    expectFailure(
      await call('update', { ...fields, subMerchantKey, taxNumber: undefined }),
      '24',
      'taxNumber gönderilmesi zorunludur',
    );
    expectFailure(
      await call('update', { ...fields, subMerchantKey, iban: undefined }),
      '24',
      'iban gönderilmesi zorunludur',
    );
    expect((await call('update', { ...fields, subMerchantKey, taxOffice: 'Kızılbey' })).status).toBe(
      'success',
    );
    expect(sandbox.subMerchants()[0]!.taxOffice).toBe('Kızılbey');
  });

  it('needs a subMerchantKey that iyzico knows', async () => {
    const { request } = await registered(personal);
    expectFailure(await call('update', { ...request }), '24', 'subMerchantKey gönderilmesi zorunludur');
    expectFailure(
      await call('update', { ...request, subMerchantKey: 'bm90LWEta2V5' }),
      '2001',
      'Alt üye işyeri bulunamadı',
    );
  });
});

describe('POST /onboarding/submerchant/detail (retrieve)', () => {
  it('returns the stored sub-merchant by external id', async () => {
    const request = privateCompany();
    const { subMerchantKey } = await call('create', request);
    const result = await call('retrieve', {
      locale: 'tr',
      conversationId: 'conv-detail',
      subMerchantExternalId: request.subMerchantExternalId,
    });
    const { locale: _locale, conversationId: _conversation, ...fields } = request;
    expect(result).toEqual({
      status: 'success',
      locale: 'tr',
      systemTime: expect.any(Number),
      conversationId: 'conv-detail',
      ...fields,
      subMerchantKey,
      bankCountry: 'TR',
    });
  });

  it('answers an unknown external id with a failure', async () => {
    expectFailure(
      await call('retrieve', { locale: 'tr', subMerchantExternalId: 'nobody' }),
      '2001',
      'Alt üye işyeri bulunamadı',
    );
  });
});

describe('the rest of the sandbox', () => {
  it('answers iyzipay’s API test call', async () => {
    const result = await new Promise<Record<string, unknown>>((resolve, reject) =>
      client.apiTest.retrieve({}, (error, value) => (error ? reject(error) : resolve(value))),
    );
    expect(result).toEqual({ status: 'success', locale: 'tr', systemTime: expect.any(Number) });
  });

  it('fails the next requests with iyzico’s system error when told to, then recovers', async () => {
    sandbox.failNext(2);
    expectFailure(await call('create', personal()), '1', 'Sistem hatası');
    expectFailure(await call('create', personal()), '1', 'Sistem hatası');
    expect((await call('create', personal())).status).toBe('success');
    expect(() => sandbox.failNext(0)).toThrow(RangeError);
  });

  it('logs each request with its outcome', async () => {
    await call('create', personal({ conversationId: 'conv-a' }));
    await call('retrieve', { locale: 'tr', conversationId: 'conv-b', subMerchantExternalId: 'nobody' });
    expect(sandbox.requests()).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/onboarding/submerchant',
        conversationId: 'conv-a',
        status: 'success',
      }),
      expect.objectContaining({
        method: 'POST',
        path: '/onboarding/submerchant/detail',
        conversationId: 'conv-b',
        status: 'failure',
        errorCode: '2001',
      }),
    ]);
  });

  it('lists registered sub-merchants on GET /__sub-merchants and 404s unknown routes', async () => {
    await call('create', personal());
    const listed = (await (await fetch(`${sandbox.url}/__sub-merchants`)).json()) as {
      subMerchants: unknown[];
    };
    expect(listed.subMerchants).toHaveLength(1);
    expect((await fetch(`${sandbox.url}/payment/auth`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('refuses to start without keys', async () => {
    await expect(startIyzicoSandbox({ apiKey: '', secretKey: 'x' })).rejects.toThrow(/apiKey/);
  });
});
