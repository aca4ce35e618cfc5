import { Logger } from '@nestjs/common';
import { maskIban, maskTckn, type SellerType, turkishIdMessages } from '@tarodan/contracts';
import { type IyzicoSandbox, type StoredSubMerchant, startIyzicoSandbox } from '@tarodan/iyzico-sandbox';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BlindIndex } from '../../platform/crypto/blind-index.js';
import { FieldCipher } from '../../platform/crypto/field-cipher.js';
import { Database } from '../../platform/database/database.js';
import { sellerProfiles, users } from '../../platform/database/schema/index.js';
import { JobQueue } from '../../platform/queue/queue.port.js';
import { newVerifiedMember, tokenFor } from '../../test/identity-helpers.js';
import { newIban, newTckn, newVkn } from '../../test/seller-factories.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

const IYZICO_API_KEY = 'selling-test-api-key';
const IYZICO_SECRET_KEY = 'selling-test-secret-key';
const TCKN = '10000000146';
const IBAN = 'TR330006100519786457841326';
const SEEDED_MEMBER = 'ayse@tarodan.test';

let sandbox: IyzicoSandbox;
let api: TestApp;
let database: Database;
/** Accounts this file creates, removed at the end (their seller profiles go with them). */
const created: string[] = [];
let seededMemberId: string;

beforeAll(async () => {
  sandbox = await startIyzicoSandbox({ apiKey: IYZICO_API_KEY, secretKey: IYZICO_SECRET_KEY });
  api = await startTestApp({
    IYZICO_BASE_URL: sandbox.url,
    IYZICO_API_KEY,
    IYZICO_SECRET_KEY,
  });
  database = api.app.get(Database);
  const [seeded] = await database.db.select().from(users).where(eq(users.email, SEEDED_MEMBER));
  seededMemberId = seeded!.id;
  await removeLeftovers();
});

afterAll(async () => {
  if (database) {
    await removeLeftovers();
    if (created.length > 0) await database.db.delete(users).where(inArray(users.id, created));
  }
  await api?.close();
  await sandbox?.close();
});

/** The fixed TCKN and the seeded member's profile may be left by an interrupted earlier run on the same database. */
async function removeLeftovers() {
  await database.db
    .delete(sellerProfiles)
    .where(eq(sellerProfiles.identityNumberIndex, api.app.get(BlindIndex).of(TCKN)));
  await database.db.delete(sellerProfiles).where(eq(sellerProfiles.userId, seededMemberId));
}

// --- factories -------------------------------------------------------------------------------------------------

/** A valid onboarding request of the given type; tests override only what matters to them. */
function onboarding(type: SellerType, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const common = {
    type,
    storeName: 'Ayşe’nin Oyuncakları',
    contactName: 'Ayşe',
    contactSurname: 'Yılmaz',
    iban: newIban(),
    address: 'Caferağa Mah. Moda Cad. No:12 Kadıköy',
    city: 'İstanbul',
    phone: '0532 123 45 67',
  };
  const byType: Record<SellerType, Record<string, string>> = {
    PERSONAL: { identityNumber: newTckn() },
    PRIVATE_COMPANY: {
      identityNumber: newTckn(),
      taxOffice: 'Kadıköy',
      legalCompanyTitle: 'Ayşe Yılmaz Oyuncak',
    },
    LIMITED_OR_JOINT_STOCK_COMPANY: {
      taxNumber: newVkn(),
      taxOffice: 'Kadıköy',
      legalCompanyTitle: 'Yılmaz Oyuncak Ltd. Şti.',
    },
  };
  return { ...common, ...byType[type], ...overrides };
}

type Member = { id: string; email: string; token: string };

async function member(): Promise<Member> {
  const { id, email, token } = await newVerifiedMember(api);
  created.push(id);
  return { id, email, token };
}

const putSeller = (token: string | undefined, json: unknown) =>
  api.request('/v1/account/seller', { method: 'PUT', token, json });
const getSeller = (token?: string) => api.request('/v1/account/seller', { token });
const gql = (token: string | undefined, query: string, variables?: Record<string, unknown>) =>
  api.request('/graphql', { method: 'POST', token, json: { query, variables } });

/** What iyzico (the sandbox) holds for a member. */
function atIyzico(userId: string): StoredSubMerchant | undefined {
  return sandbox.subMerchants().find((s) => s.subMerchantExternalId === userId);
}

async function storedRow(userId: string) {
  const [row] = await database.db.select().from(sellerProfiles).where(eq(sellerProfiles.userId, userId));
  return row;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>): Promise<T> {
  const deadline = Date.now() + 25_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// --- tests -----------------------------------------------------------------------------------------------------

describe('starting to sell as a PERSONAL seller', () => {
  let seller: Member;
  let answer: { status: number; body: any };

  beforeAll(async () => {
    seller = await member();
    answer = await putSeller(seller.token, onboarding('PERSONAL', { identityNumber: TCKN, iban: IBAN }));
  });

  it('registers the member at iyzico with their IBAN and TCKN and answers with the active profile', async () => {
    expect(answer.status).toBe(200);
    expect(answer.body.seller).toMatchObject({
      type: 'PERSONAL',
      status: 'active',
      storeName: 'Ayşe’nin Oyuncakları',
      phone: '+905321234567',
      providerError: null,
    });
    expect(atIyzico(seller.id)).toMatchObject({
      subMerchantType: 'PERSONAL',
      iban: IBAN,
      identityNumber: TCKN,
      email: seller.email,
      gsmNumber: '+905321234567',
      name: 'Ayşe’nin Oyuncakları',
      contactName: 'Ayşe',
      contactSurname: 'Yılmaz',
      address: 'Caferağa Mah. Moda Cad. No:12 Kadıköy, İstanbul',
    });
  });

  it('shows the TCKN and IBAN only masked, in the answer and on GET', async () => {
    const masked = {
      identityNumberMasked: maskTckn(TCKN),
      taxNumberMasked: null,
      ibanMasked: maskIban(IBAN),
    };
    expect(masked).toEqual({
      identityNumberMasked: '*******0146',
      taxNumberMasked: null,
      ibanMasked: 'TR** **** **** **** **** **13 26',
    });
    expect(answer.body.seller).toMatchObject(masked);
    const again = await getSeller(seller.token);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(answer.body);
    for (const body of [answer.body, again.body]) {
      expect(JSON.stringify(body)).not.toContain(TCKN);
      expect(JSON.stringify(body)).not.toContain(IBAN.slice(4));
    }
  });

  it('keeps no TCKN or IBAN in clear in the database, and decrypts them with the configured key', async () => {
    const row = await storedRow(seller.id);
    const everyColumn = JSON.stringify(row);
    expect(everyColumn).not.toContain(TCKN);
    expect(everyColumn).not.toContain(IBAN);
    expect(everyColumn).not.toContain(IBAN.slice(4, 20));
    const { pii } = api.config;
    const cipher = new FieldCipher({ keys: pii.keys, activeKeyId: pii.activeKeyId });
    expect(cipher.decrypt(row!.identityNumberEncrypted!, 'seller.identityNumber')).toBe(TCKN);
    expect(cipher.decrypt(row!.ibanEncrypted, 'seller.iban')).toBe(IBAN);
    expect(row).toMatchObject({
      status: 'active',
      identityNumberLast4: '0146',
      ibanLast4: '1326',
      identityNumberIndex: new BlindIndex(pii.blindIndexSecret).of(TCKN),
      taxNumberEncrypted: null,
      subMerchantKey: atIyzico(seller.id)!.subMerchantKey,
    });
  });

  it('is the only member who sees the profile: another member’s GET is 404', async () => {
    const other = await member();
    const theirs = await getSeller(other.token);
    expect(theirs.status).toBe(404);
    expect(theirs.body.error.code).toBe('NOT_FOUND');
    const { body } = await gql(other.token, '{ mySellerProfile { storeName } }');
    expect(body).toEqual({ data: { mySellerProfile: null } });
  });

  it('refuses the same TCKN for another member with 409 naming the field, without echoing it', async () => {
    const other = await member();
    const { status, body } = await putSeller(other.token, onboarding('PERSONAL', { identityNumber: TCKN }));
    expect(status).toBe(409);
    expect(body.error).toMatchObject({
      code: 'CONFLICT',
      details: [{ field: 'body.identityNumber', reason: 'is already registered to another seller' }],
    });
    expect(JSON.stringify(body)).not.toContain(TCKN);
    expect((await getSeller(other.token)).status).toBe(404);
    expect(atIyzico(other.id)).toBeUndefined();
  });
});

describe('starting to sell as a company', () => {
  it('registers a PRIVATE_COMPANY (sole proprietor) with TCKN, tax office and legal title', async () => {
    const seller = await member();
    const request = onboarding('PRIVATE_COMPANY');
    const { status, body } = await putSeller(seller.token, request);
    expect(status).toBe(200);
    expect(body.seller).toMatchObject({
      type: 'PRIVATE_COMPANY',
      status: 'active',
      taxOffice: 'Kadıköy',
      legalCompanyTitle: 'Ayşe Yılmaz Oyuncak',
      identityNumberMasked: maskTckn(request.identityNumber as string),
      taxNumberMasked: null,
      ibanMasked: maskIban(request.iban as string),
    });
    expect(atIyzico(seller.id)).toMatchObject({
      subMerchantType: 'PRIVATE_COMPANY',
      identityNumber: request.identityNumber,
      taxOffice: 'Kadıköy',
      legalCompanyTitle: 'Ayşe Yılmaz Oyuncak',
      iban: request.iban,
    });
  });

  it('registers a LIMITED_OR_JOINT_STOCK_COMPANY with its VKN, stored encrypted and shown masked', async () => {
    const seller = await member();
    const request = onboarding('LIMITED_OR_JOINT_STOCK_COMPANY');
    const vkn = request.taxNumber as string;
    const { status, body } = await putSeller(seller.token, request);
    expect(status).toBe(200);
    expect(body.seller).toMatchObject({
      type: 'LIMITED_OR_JOINT_STOCK_COMPANY',
      status: 'active',
      identityNumberMasked: null,
      taxNumberMasked: maskTckn(vkn),
      legalCompanyTitle: 'Yılmaz Oyuncak Ltd. Şti.',
    });
    expect(body.seller.taxNumberMasked).toMatch(/^\*{6}\d{4}$/);
    expect(atIyzico(seller.id)).toMatchObject({
      subMerchantType: 'LIMITED_OR_JOINT_STOCK_COMPANY',
      taxNumber: vkn,
      taxOffice: 'Kadıköy',
    });
    expect(atIyzico(seller.id)).not.toHaveProperty('identityNumber');
    const row = await storedRow(seller.id);
    expect(JSON.stringify(row)).not.toContain(vkn);
    expect(api.app.get(FieldCipher).decrypt(row!.taxNumberEncrypted!, 'seller.taxNumber')).toBe(vkn);
  });

  it('refuses a VKN another company already uses with 409 naming body.taxNumber', async () => {
    const [first, second] = [await member(), await member()];
    const vkn = newVkn();
    const request = () => onboarding('LIMITED_OR_JOINT_STOCK_COMPANY', { taxNumber: vkn });
    expect((await putSeller(first.token, request())).status).toBe(200);
    const { status, body } = await putSeller(second.token, request());
    expect(status).toBe(409);
    expect(body.error.details).toEqual([
      { field: 'body.taxNumber', reason: 'is already registered to another seller' },
    ]);
    expect(JSON.stringify(body)).not.toContain(vkn);
  });
});

describe('changing seller details', () => {
  it('updates the IBAN at iyzico (same sub-merchant) and shows the new one masked', async () => {
    const seller = await member();
    const request = onboarding('PERSONAL');
    expect((await putSeller(seller.token, request)).status).toBe(200);
    const registered = atIyzico(seller.id)!;
    const newIbanValue = newIban();

    const { status, body } = await putSeller(seller.token, { ...request, iban: newIbanValue });

    expect(status).toBe(200);
    expect(body.seller).toMatchObject({ status: 'active', ibanMasked: maskIban(newIbanValue) });
    const mine = sandbox.subMerchants().filter((s) => s.subMerchantExternalId === seller.id);
    expect(mine).toEqual([
      expect.objectContaining({ subMerchantKey: registered.subMerchantKey, iban: newIbanValue }),
    ]);
    const update = sandbox
      .requests()
      .filter((r) => r.method === 'PUT' && r.path === '/onboarding/submerchant')
      .find((r) => (r.body as { subMerchantKey?: string }).subMerchantKey === registered.subMerchantKey);
    expect(update).toMatchObject({ status: 'success' });
    expect((await storedRow(seller.id))!.subMerchantKey).toBe(registered.subMerchantKey);
  });

  it('refuses to change the seller type once iyzico accepted it, with 409 naming body.type', async () => {
    const seller = await member();
    expect((await putSeller(seller.token, onboarding('PERSONAL'))).status).toBe(200);
    const { status, body } = await putSeller(seller.token, onboarding('PRIVATE_COMPANY'));
    expect(status).toBe(409);
    expect(body.error).toMatchObject({ code: 'CONFLICT', details: [{ field: 'body.type' }] });
    expect((await getSeller(seller.token)).body.seller).toMatchObject({ type: 'PERSONAL', status: 'active' });
  });
});

describe('invalid seller details', () => {
  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    [
      'a TCKN whose checksum does not match',
      onboarding('PERSONAL', { identityNumber: '10000000147' }),
      'body.identityNumber',
      turkishIdMessages.tcknChecksum,
    ],
    [
      'an IBAN whose check digits do not match',
      onboarding('PERSONAL', { iban: 'TR340006100519786457841326' }),
      'body.iban',
      turkishIdMessages.ibanChecksum,
    ],
    [
      'a VKN whose checksum does not match',
      onboarding('LIMITED_OR_JOINT_STOCK_COMPANY', { taxNumber: '1234567891' }),
      'body.taxNumber',
      turkishIdMessages.vknChecksum,
    ],
    [
      'a PRIVATE_COMPANY without a tax office',
      onboarding('PRIVATE_COMPANY', { taxOffice: undefined }),
      'body.taxOffice',
      '',
    ],
    ['an unknown seller type', onboarding('PERSONAL', { type: 'FREELANCER' }), 'body.type', ''],
  ];

  it.each(cases)(
    'refuses %s with 400 naming the field, and saves nothing',
    async (_, request, field, reason) => {
      const seller = await member();
      const { status, body } = await putSeller(seller.token, request);
      expect(status).toBe(400);
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.details).toEqual(
        expect.arrayContaining([{ field, reason: reason || expect.any(String) }]),
      );
      for (const key of ['identityNumber', 'iban', 'taxNumber'] as const) {
        if (typeof request[key] === 'string') expect(JSON.stringify(body)).not.toContain(request[key]);
      }
      expect((await getSeller(seller.token)).status).toBe(404);
      expect(atIyzico(seller.id)).toBeUndefined();
    },
  );
});

describe('when iyzico is down', () => {
  it('keeps the profile pending, answers 503, and a payments job registers the seller later', async () => {
    const seller = await member();
    const request = onboarding('PERSONAL');
    sandbox.failNext(1);

    const { status, body, headers } = await putSeller(seller.token, request);

    expect(status).toBe(503);
    expect(body.error.code).toBe('SERVICE_UNAVAILABLE');
    expect(headers.get('retry-after')).toBe('60');
    const pending = await getSeller(seller.token);
    expect(pending.body.seller).toMatchObject({ status: 'pending', providerError: null });
    expect(atIyzico(seller.id)).toBeUndefined();

    const active = await waitFor('the retry job to register the seller', async () => {
      const { body: current } = await getSeller(seller.token);
      return current.seller?.status === 'active' && current.seller;
    });
    expect(active).toMatchObject({ ibanMasked: maskIban(request.iban as string) });
    expect(atIyzico(seller.id)).toMatchObject({ iban: request.iban, identityNumber: request.identityNumber });
  });

  it('drops the queued retry when the member submits again and iyzico accepts that submission', async () => {
    const seller = await member();
    const request = onboarding('PERSONAL');
    sandbox.failNext(1);
    expect((await putSeller(seller.token, request)).status).toBe(503);
    const accepted = await putSeller(seller.token, { ...request, storeName: 'İkinci Deneme' });
    expect(accepted.body.seller).toMatchObject({ status: 'active', storeName: 'İkinci Deneme' });
    const callsBefore = sandbox.requests().length;

    const queue = api.app.get(JobQueue);
    await waitFor('the retry job to run', async () => {
      const counts = await queue.counts('payments');
      return counts.delayed + counts.waiting + counts.active === 0;
    });

    expect(sandbox.requests()).toHaveLength(callsBefore);
    expect((await getSeller(seller.token)).body.seller).toMatchObject({
      status: 'active',
      storeName: 'İkinci Deneme',
    });
  });

  it('logs the member, never their TCKN or IBAN', async () => {
    const lines: string[] = [];
    const spies = (['log', 'warn', 'error'] as const).map((level) =>
      vi.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => {
        lines.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
      }),
    );
    try {
      const seller = await member();
      const request = onboarding('PERSONAL');
      sandbox.failNext(1);
      expect((await putSeller(seller.token, request)).status).toBe(503);
      await waitFor(
        'the retry',
        async () => (await getSeller(seller.token)).body.seller?.status === 'active',
      );
      const mine = lines.filter((line) => line.includes(seller.id));
      expect(mine).toEqual([expect.stringMatching(/iyzico could not register seller .* now/)]);
      for (const line of lines) {
        expect(line).not.toContain(request.identityNumber);
        expect(line).not.toContain(request.iban);
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('marks the profile failed with iyzico’s reason when iyzico refuses it for good', async () => {
    const seller = await member();
    const request = onboarding('PERSONAL');
    expect((await putSeller(seller.token, request)).status).toBe(200);
    sandbox.clear(); // iyzico no longer knows the sub-merchant key we hold

    const { status, body } = await putSeller(seller.token, { ...request, storeName: 'Yeni Dükkan' });

    expect(status).toBe(503);
    expect(body.error.message).toMatch(
      /iyzico refused the seller registration \(Alt üye işyeri bulunamadı\)/,
    );
    expect((await getSeller(seller.token)).body.seller).toMatchObject({
      status: 'failed',
      storeName: 'Yeni Dükkan',
      providerError: 'Alt üye işyeri bulunamadı',
    });
  });
});

describe('GraphQL', () => {
  const startSelling = `mutation ($input: StartSellingInput!) {
    startSelling(input: $input) { type status identityNumberMasked ibanMasked providerError }
  }`;

  it('starts selling with startSelling and reads the masked profile with mySellerProfile', async () => {
    const token = await tokenFor(api, SEEDED_MEMBER);
    const request = onboarding('PERSONAL');
    const started = await gql(token, startSelling, { input: request });
    expect(started.body.errors).toBeUndefined();
    expect(started.body.data.startSelling).toEqual({
      type: 'PERSONAL',
      status: 'active',
      identityNumberMasked: maskTckn(request.identityNumber as string),
      ibanMasked: maskIban(request.iban as string),
      providerError: null,
    });
    const { body } = await gql(token, '{ mySellerProfile { status storeName ibanMasked } }');
    expect(body.data.mySellerProfile).toEqual({
      status: 'active',
      storeName: 'Ayşe’nin Oyuncakları',
      ibanMasked: maskIban(request.iban as string),
    });
    expect(atIyzico(seededMemberId)).toMatchObject({ iban: request.iban });
  });

  it('names the bad argument field (args.input.identityNumber) without echoing the value', async () => {
    const seller = await member();
    const { body } = await gql(seller.token, startSelling, {
      input: onboarding('PERSONAL', { identityNumber: '10000000147' }),
    });
    expect(body.errors[0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'args.input.identityNumber', reason: turkishIdMessages.tcknChecksum }],
    });
    expect(JSON.stringify(body)).not.toContain('10000000147');
  });
});

describe('access', () => {
  it('needs a signed-in member: 401 for anonymous REST and GraphQL callers', async () => {
    expect((await getSeller()).status).toBe(401);
    expect((await putSeller(undefined, onboarding('PERSONAL'))).status).toBe(401);
    const { body } = await gql(undefined, '{ mySellerProfile { status } }');
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
