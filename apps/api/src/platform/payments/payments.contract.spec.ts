import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createNetServer, type Socket } from 'node:net';
import { type IyzicoSandbox, startIyzicoSandbox } from '@tarodan/iyzico-sandbox';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPaymentGateway } from './create-payment-gateway.js';
import { IyzicoPaymentGateway } from './iyzico-payment-gateway.adapter.js';
import {
  InvalidSubMerchantError,
  maskPersonalData,
  type PaymentGateway,
  PaymentProviderError,
  type SubMerchantInput,
  type SubMerchantType,
} from './payments.port.js';

const API_KEY = 'tarodan-test-api-key';
const SECRET_KEY = 'tarodan-test-secret-key';

let sandbox: IyzicoSandbox;
beforeAll(async () => {
  sandbox = await startIyzicoSandbox({ apiKey: API_KEY, secretKey: SECRET_KEY });
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.clear());

let sequence = 0;

/** A valid seller of the given type; tests override only what matters to them. */
function seller(type: SubMerchantType, overrides: Partial<SubMerchantInput> = {}): SubMerchantInput {
  sequence += 1;
  const base: SubMerchantInput = {
    externalId: `01J0SELLER${String(sequence).padStart(4, '0')}`,
    type,
    name: 'Ayşe’nin Oyuncakları',
    email: `satici${sequence}@example.com`,
    gsmNumber: '+905350000000',
    address: 'Nidakule Göztepe, Merdivenköy Mah. Bora Sok. No:1 Kadıköy/İstanbul',
    iban: 'TR180006200119000006672315',
    contactName: 'Ayşe',
    contactSurname: 'Yılmaz',
    identityNumber: '31300864726',
  };
  const company = type === 'PERSONAL' ? {} : { taxOffice: 'Kadıköy', legalCompanyTitle: 'Yılmaz Oyuncak' };
  const limited = type === 'LIMITED_OR_JOINT_STOCK_COMPANY' ? { taxNumber: '1234567890' } : {};
  return { ...base, ...company, ...limited, ...overrides };
}

const gateway = (
  overrides: Partial<{ baseUrl: string; apiKey: string; secretKey: string; timeoutMs: number }> = {},
) => new IyzicoPaymentGateway({ baseUrl: sandbox.url, apiKey: API_KEY, secretKey: SECRET_KEY, ...overrides });

async function failureOf(promise: Promise<unknown>): Promise<PaymentProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PaymentProviderError);
  return error as PaymentProviderError;
}

/** Neither the IBAN nor the identity number of `input` appears in the error. */
function expectNoPersonalData(error: PaymentProviderError, input: SubMerchantInput) {
  const shown = `${error.message} ${error.providerMessage ?? ''}`;
  expect(shown).not.toContain(input.iban);
  if (input.identityNumber) expect(shown).not.toContain(input.identityNumber);
}

describe('PaymentGateway contract: iyzico (against tools/iyzico-sandbox)', () => {
  let payments: PaymentGateway;
  beforeEach(() => {
    payments = gateway();
  });

  it('reports its provider name and answers ping', async () => {
    expect(payments.name).toBe('iyzico');
    await expect(payments.ping()).resolves.toBeUndefined();
  });

  it.each<SubMerchantType>(['PERSONAL', 'PRIVATE_COMPANY', 'LIMITED_OR_JOINT_STOCK_COMPANY'])(
    'registers a %s seller and returns the key iyzico gave it',
    async (type) => {
      const input = seller(type);
      const { subMerchantKey } = await payments.createSubMerchant(input);
      expect(subMerchantKey).toEqual(expect.any(String));
      const [stored, ...others] = sandbox.subMerchants();
      expect(others).toEqual([]);
      expect(stored).toMatchObject(
        withoutUndefined({
          subMerchantKey,
          subMerchantExternalId: input.externalId,
          subMerchantType: type,
          name: input.name,
          email: input.email,
          gsmNumber: input.gsmNumber,
          address: input.address,
          iban: input.iban,
          contactName: input.contactName,
          contactSurname: input.contactSurname,
          identityNumber: input.identityNumber,
          taxOffice: input.taxOffice,
          legalCompanyTitle: input.legalCompanyTitle,
          taxNumber: input.taxNumber,
          currency: 'TRY',
        }),
      );
    },
  );

  it('sends each call with locale tr and a conversationId of its own', async () => {
    await payments.createSubMerchant(seller('PERSONAL'));
    await payments.createSubMerchant(seller('PERSONAL'));
    const [first, second] = sandbox.requests();
    expect(first).toMatchObject({ status: 'success', body: { locale: 'tr' } });
    expect(first!.conversationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second!.conversationId).not.toBe(first!.conversationId);
  });

  it('does not send company fields for a PERSONAL seller', async () => {
    await payments.createSubMerchant(
      seller('PERSONAL', { taxOffice: 'Kadıköy', legalCompanyTitle: 'Eski Şirket' }),
    );
    expect(sandbox.subMerchants()[0]).not.toHaveProperty('taxOffice');
    expect(sandbox.subMerchants()[0]).not.toHaveProperty('legalCompanyTitle');
  });

  it('updates a registered seller and keeps its type', async () => {
    const input = seller('PRIVATE_COMPANY');
    const { subMerchantKey } = await payments.createSubMerchant(input);
    await payments.updateSubMerchant(subMerchantKey, {
      ...input,
      iban: 'TR630006200027700006678204',
      address: 'Bağdat Cad. No:5 Kadıköy/İstanbul',
      legalCompanyTitle: 'Yılmaz Koleksiyon Oyuncak',
    });
    expect(sandbox.subMerchants()).toEqual([
      expect.objectContaining({
        subMerchantKey,
        subMerchantType: 'PRIVATE_COMPANY',
        iban: 'TR630006200027700006678204',
        address: 'Bağdat Cad. No:5 Kadıköy/İstanbul',
        legalCompanyTitle: 'Yılmaz Koleksiyon Oyuncak',
      }),
    ]);
  });

  it('refuses to update a seller iyzico does not know, as not retryable', async () => {
    const error = await failureOf(payments.updateSubMerchant('bm8tc3VjaC1rZXk=', seller('PERSONAL')));
    expect(error).toMatchObject({ retryable: false, providerCode: expect.any(String) });
    expect(error.message).toMatch(/iyzico refused to update the seller/);
  });

  it('takes over an earlier registration of the same seller instead of failing', async () => {
    const input = seller('PERSONAL');
    const first = await payments.createSubMerchant(input);
    const again = await payments.createSubMerchant({ ...input, email: 'yeni@example.com' });
    expect(again.subMerchantKey).toBe(first.subMerchantKey);
    expect(sandbox.subMerchants()).toEqual([
      expect.objectContaining({ subMerchantKey: first.subMerchantKey, email: 'yeni@example.com' }),
    ]);
  });

  it('refuses an invalid seller before calling iyzico, naming fields but not their values', async () => {
    const cases: Array<[SubMerchantInput, string[]]> = [
      [seller('PRIVATE_COMPANY', { taxOffice: undefined }), ['taxOffice']],
      [
        seller('LIMITED_OR_JOINT_STOCK_COMPANY', { taxNumber: undefined, legalCompanyTitle: ' ' }),
        ['legalCompanyTitle', 'taxNumber'],
      ],
      [seller('PERSONAL', { identityNumber: undefined }), ['identityNumber']],
      [
        seller('PERSONAL', { iban: 'TR18 0006 2001 1900 0006 6723 15', gsmNumber: '05350000000' }),
        ['gsmNumber', 'iban'],
      ],
    ];
    for (const [input, fields] of cases) {
      const error = await failureOf(payments.createSubMerchant(input));
      expect(error).toBeInstanceOf(InvalidSubMerchantError);
      expect(error.retryable).toBe(false);
      expect((error as InvalidSubMerchantError).issues.map((i) => i.field)).toEqual(fields);
      expect(error.message).not.toContain('TR18 0006');
    }
    await expect(
      payments.updateSubMerchant('key', seller('PRIVATE_COMPANY', { taxOffice: undefined })),
    ).rejects.toThrow(InvalidSubMerchantError);
    expect(sandbox.requests()).toEqual([]);
  });
});

describe('IyzicoPaymentGateway errors', () => {
  it('gives a non-retryable error with iyzico’s code for a wrong secret key, without personal data', async () => {
    const input = seller('PERSONAL');
    const error = await failureOf(gateway({ secretKey: 'not-the-secret' }).createSubMerchant(input));
    expect(error).toMatchObject({ retryable: false, providerCode: '1000', providerMessage: 'Geçersiz imza' });
    expect(error.message).toBe('iyzico refused to register the seller: [1000] Geçersiz imza');
    expectNoPersonalData(error, input);
    expect(sandbox.requests()).toHaveLength(1);
    expect(sandbox.subMerchants()).toEqual([]);
  });

  it('gives a non-retryable error for an unknown API key, on create and on update', async () => {
    const payments = gateway({ apiKey: 'someone-else' });
    expect(await failureOf(payments.createSubMerchant(seller('PERSONAL')))).toMatchObject({
      retryable: false,
      providerCode: '1001',
    });
    expect(await failureOf(payments.updateSubMerchant('key', seller('PERSONAL')))).toMatchObject({
      retryable: false,
      providerCode: '1001',
    });
  });

  it('gives a retryable error when iyzico answers with its system error', async () => {
    sandbox.failNext();
    const error = await failureOf(gateway().createSubMerchant(seller('PERSONAL')));
    expect(error).toMatchObject({ retryable: true, providerCode: '1' });
    await expect(gateway().createSubMerchant(seller('PERSONAL'))).resolves.toEqual({
      subMerchantKey: expect.any(String),
    });
  });

  it('gives a retryable error when iyzico cannot be reached', async () => {
    const payments = gateway({ baseUrl: await closedPortUrl() });
    const error = await failureOf(payments.createSubMerchant(seller('PERSONAL')));
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/could not be reached.*ECONNREFUSED/);
    expect((await failureOf(payments.updateSubMerchant('key', seller('PERSONAL')))).retryable).toBe(true);
    expect((await failureOf(payments.ping())).retryable).toBe(true);
  });

  describe('against a misbehaving server', () => {
    let server: Server | undefined;
    let sockets: Socket[] = [];
    afterEach(async () => {
      for (const socket of sockets) socket.destroy();
      sockets = [];
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = undefined;
    });

    async function serve(answer: (res: import('node:http').ServerResponse) => void): Promise<string> {
      server = createHttpServer((req, res) => {
        req.resume();
        req.on('end', () => answer(res));
      });
      server.on('connection', (socket) => sockets.push(socket));
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    }

    it('gives a retryable error when iyzico does not answer in time', async () => {
      const baseUrl = await serve(() => {});
      const error = await failureOf(
        gateway({ baseUrl, timeoutMs: 200 }).createSubMerchant(seller('PERSONAL')),
      );
      expect(error).toMatchObject({ retryable: true });
      expect(error.message).toMatch(/within 200 ms/);
    });

    it('gives a retryable error for an answer that is not JSON (a proxy’s error page)', async () => {
      const baseUrl = await serve((res) =>
        res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad Gateway</h1>'),
      );
      const error = await failureOf(gateway({ baseUrl }).createSubMerchant(seller('PERSONAL')));
      expect(error).toMatchObject({ retryable: true });
      expect(error.message).toMatch(/not answer with JSON/);
    });

    it('masks an IBAN or identity number that iyzico repeats in its message', async () => {
      const input = seller('PERSONAL');
      const baseUrl = await serve((res) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            status: 'failure',
            errorCode: '18',
            errorMessage: `identityNumber ${input.identityNumber} geçersiz; IBAN TR18 0006 2001 1900 0006 6723 15 / ${input.iban}`,
            locale: 'tr',
            systemTime: Date.now(),
          }),
        ),
      );
      const error = await failureOf(gateway({ baseUrl }).createSubMerchant(input));
      expect(error.providerMessage).toBe('identityNumber [masked] geçersiz; IBAN [masked] / [masked]');
      expectNoPersonalData(error, input);
      expect(error.message).not.toContain('0006');
    });

    it('refuses an answer that belongs to another conversation', async () => {
      const baseUrl = await serve((res) =>
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: 'success', conversationId: 'someone-else', subMerchantKey: 'k' })),
      );
      const error = await failureOf(gateway({ baseUrl }).createSubMerchant(seller('PERSONAL')));
      expect(error).toMatchObject({ retryable: true });
      expect(error.message).toMatch(/another conversation/);
    });
  });
});

describe('maskPersonalData', () => {
  it('masks IBANs (with or without spaces) and runs of ten or more digits, and keeps the rest', () => {
    expect(maskPersonalData('IBAN TR180006200119000006672315 geçersiz')).toBe('IBAN [masked] geçersiz');
    expect(maskPersonalData('tr18 0006 2001 1900 0006 6723 15.')).toBe('[masked].');
    expect(maskPersonalData('TCKN 31300864726, VKN 1234567890')).toBe('TCKN [masked], VKN [masked]');
    expect(maskPersonalData('[1000] Geçersiz imza; kod 5004, tutar 100 200')).toBe(
      '[1000] Geçersiz imza; kod 5004, tutar 100 200',
    );
  });
});

describe('createPaymentGateway', () => {
  it('builds the iyzico gateway from the payments config', async () => {
    const payments = createPaymentGateway({
      baseUrl: `${sandbox.url}/`,
      apiKey: API_KEY,
      secretKey: SECRET_KEY,
    });
    expect(payments.name).toBe('iyzico');
    await expect(payments.createSubMerchant(seller('PERSONAL'))).resolves.toEqual({
      subMerchantKey: expect.any(String),
    });
  });

  it('refuses to start without keys or with a base URL that is not a URL', () => {
    expect(() => createPaymentGateway({ baseUrl: sandbox.url, apiKey: '', secretKey: SECRET_KEY })).toThrow(
      /apiKey/,
    );
    expect(() => createPaymentGateway({ baseUrl: sandbox.url, apiKey: API_KEY, secretKey: '' })).toThrow(
      /secretKey/,
    );
    expect(() =>
      createPaymentGateway({ baseUrl: 'sandbox', apiKey: API_KEY, secretKey: SECRET_KEY }),
    ).toThrow(/URL/);
  });
});

function withoutUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** A URL on which nothing listens. */
async function closedPortUrl(): Promise<string> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 1}`;
}
