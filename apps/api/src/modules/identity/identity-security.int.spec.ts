import { readFile } from 'node:fs/promises';
import { tcknCheckDigits } from '@tarodan/contracts';
import { type IyzicoSandbox, startIyzicoSandbox } from '@tarodan/iyzico-sandbox';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newStaff,
  newVerifiedMember,
  STRONG_PASSWORD,
  signIn,
  staffToken,
  tokenIn,
  waitForMail,
} from '../../test/identity-helpers.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { jpegWithGps } from '../media/media-test-images.js';

const logFile = `/tmp/tarodan-log-scan-${process.pid}.log`;
let api: TestApp;
let owner: Awaited<ReturnType<typeof newVerifiedMember>>;
let other: Awaited<ReturnType<typeof newVerifiedMember>>;
let admin: string;
let moderator: string;

let sandbox: IyzicoSandbox;

beforeAll(async () => {
  sandbox = await startIyzicoSandbox({ apiKey: 'sandbox-api-key', secretKey: 'sandbox-secret-key' });
  api = await startTestApp({ LOG_FILE: logFile, LOG_LEVEL: 'debug', IYZICO_BASE_URL: sandbox.url });
  owner = await newVerifiedMember(api, 'Sahip Üye');
  other = await newVerifiedMember(api, 'Başka Üye');
  admin = await staffToken(api, await newStaff(api, 'admin'));
  moderator = await staffToken(api, await newStaff(api, 'moderator'));
});
afterAll(async () => {
  await api.close();
  await sandbox.close();
});

type Who = 'owner' | 'other' | 'anonymous' | 'admin';
const tokenOf = (who: Who) =>
  ({ owner: owner.token, other: other.token, anonymous: undefined, admin })[who] as string | undefined;

describe('authorization matrix (OWASP API1/API5)', () => {
  it('gives each caller exactly the expected status for every resource', async () => {
    await signIn(api, owner.email, owner.password, 'mobile');
    const ownerSession = (await api.request('/v1/account/sessions', { token: owner.token })).body.items.find(
      (s: { current: boolean }) => !s.current,
    );
    const cells: {
      name: string;
      method?: string;
      path: string;
      json?: unknown;
      expect: Record<Who, number>;
    }[] = [
      {
        name: 'own account',
        path: '/v1/account',
        expect: { owner: 200, other: 200, anonymous: 401, admin: 200 },
      },
      {
        name: "owner's session",
        method: 'DELETE',
        path: `/v1/account/sessions/${ownerSession.id}`,
        // 404 rather than 403 for others: the id's existence is not revealed either.
        expect: { anonymous: 401, other: 404, admin: 404, owner: 204 },
      },
      {
        name: 'public profile',
        path: `/v1/members/${owner.id}`,
        expect: { owner: 200, other: 200, anonymous: 200, admin: 200 },
      },
      {
        name: 'admin user detail',
        path: `/admin/v1/users/${owner.id}`,
        expect: { owner: 403, other: 403, anonymous: 401, admin: 200 },
      },
      {
        name: 'admin audit log',
        path: '/admin/v1/audit-log',
        expect: { owner: 403, other: 403, anonymous: 401, admin: 200 },
      },
      {
        name: 'admin ban',
        method: 'POST',
        path: `/admin/v1/users/${other.id}/ban`,
        json: { reason: 'Yetki matrisi denemesi' },
        expect: { owner: 403, other: 403, anonymous: 401, admin: 200 },
      },
    ];
    const order: Who[] = ['anonymous', 'other', 'admin', 'owner'];
    for (const cell of cells) {
      for (const who of order.filter((w) => w in cell.expect)) {
        if (who === 'other' && cell.name === 'admin ban') continue; // `other` is the ban target: checked last
        const answer = await api.request(cell.path, {
          method: cell.method ?? 'GET',
          token: tokenOf(who),
          json: cell.json,
        });
        expect(answer.status, `${cell.name} as ${who}`).toBe(cell.expect[who]);
      }
    }
    const moderatorBan = await api.request(`/admin/v1/users/${owner.id}/ban`, {
      method: 'POST',
      token: moderator,
      json: { reason: 'Yetki matrisi denemesi' },
    });
    expect(moderatorBan.status).toBe(403);
  });

  it('applies the same policies to GraphQL', async () => {
    const gql = (query: string, token?: string) =>
      api.request('/graphql', { method: 'POST', json: { query }, token });
    const anonymous = await gql('{ account { email } }');
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const mine = await gql('{ account { email } }', owner.token);
    expect(mine.body.data.account.email).toBe(owner.email);
    const member = await gql('{ users { total } }', owner.token);
    expect(member.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const staff = await gql('{ users(role: "member") { total items { email } } }', admin);
    expect(staff.body.data.users.total).toBeGreaterThan(0);
    const bad = await gql('{ users(page: 0) { total } }', admin);
    expect(bad.body.errors[0].extensions.details[0].field).toBe('args.page');
  });
});

describe('malformed input', () => {
  it('answers every identity endpoint with a 400 naming the field', async () => {
    const cases: { method: string; path: string; json?: unknown; field: string; token?: string }[] = [
      { method: 'POST', path: '/v1/auth/register', json: { email: 'x' }, field: 'body.email' },
      {
        method: 'POST',
        path: '/v1/auth/register',
        json: {
          email: 'a@b.co',
          password: 'short',
          displayName: 'Ali',
          acceptTerms: true,
          acceptPrivacyNotice: true,
        },
        field: 'body.password',
      },
      {
        method: 'POST',
        path: '/v1/auth/register',
        json: {
          email: 'a@b.co',
          password: STRONG_PASSWORD,
          displayName: 'Ali',
          mobile: '0212 123 45 67',
          acceptTerms: true,
          acceptPrivacyNotice: true,
        },
        field: 'body.mobile',
      },
      { method: 'POST', path: '/v1/auth/register', json: [], field: 'body' },
      { method: 'POST', path: '/v1/auth/sign-in', json: { email: 'a@b.co' }, field: 'body.password' },
      {
        method: 'POST',
        path: '/v1/auth/sign-in',
        json: { email: 'a@b.co', password: 'x', client: 'desktop' },
        field: 'body.client',
      },
      { method: 'POST', path: '/v1/auth/verify-email', json: { token: 'kisa' }, field: 'body.token' },
      { method: 'POST', path: '/v1/auth/resend-verification', json: {}, field: 'body.email' },
      { method: 'POST', path: '/v1/auth/forgot-password', json: { email: 42 }, field: 'body.email' },
      {
        method: 'POST',
        path: '/v1/auth/reset-password',
        json: { token: 'x'.repeat(43) },
        field: 'body.password',
      },
      { method: 'POST', path: '/v1/auth/refresh', json: { refreshToken: '' }, field: 'body.refreshToken' },
      {
        method: 'POST',
        path: '/v1/auth/mfa/verify',
        json: { challenge: 'x'.repeat(43) },
        field: 'body.code',
      },
      {
        method: 'POST',
        path: '/v1/auth/mfa/verify',
        json: { challenge: 'x'.repeat(43), code: '12ab56' },
        field: 'body.code',
      },
      { method: 'POST', path: '/v1/auth/mfa/enrollment', json: { challenge: 'x' }, field: 'body.challenge' },
      {
        method: 'POST',
        path: '/v1/auth/mfa/enrollment/confirm',
        json: { challenge: 'x'.repeat(43) },
        field: 'body.code',
      },
      {
        method: 'PATCH',
        path: '/v1/account/profile',
        json: { displayName: 'A' },
        field: 'body.displayName',
        token: 'o',
      },
      {
        method: 'PATCH',
        path: '/v1/account/profile',
        json: { bio: 'x'.repeat(501) },
        field: 'body.bio',
        token: 'o',
      },
      {
        method: 'PATCH',
        path: '/v1/account/profile',
        json: { role: 'admin' },
        field: 'body.role',
        token: 'o',
      },
      {
        method: 'POST',
        path: '/v1/account/password',
        json: { currentPassword: 'x', newPassword: 'kisa' },
        field: 'body.newPassword',
        token: 'o',
      },
      {
        method: 'POST',
        path: '/v1/account/email',
        json: { newEmail: 'nope' },
        field: 'body.newEmail',
        token: 'o',
      },
      {
        method: 'PUT',
        path: '/v1/account/consents/marketing',
        json: { optIn: 'yes' },
        field: 'body.optIn',
        token: 'o',
      },
      { method: 'DELETE', path: '/v1/account/sessions/abc', field: 'params.id', token: 'o' },
      { method: 'GET', path: '/v1/members/abc', field: 'params.id' },
    ];
    for (const c of cases) {
      const answer = await api.request(c.path, {
        method: c.method,
        json: c.json,
        token: c.token ? owner.token : undefined,
      });
      const where = `${c.method} ${c.path} ${JSON.stringify(c.json)}`;
      expect(answer.status, where).toBe(400);
      expect(
        answer.body.error.details.map((d: { field: string }) => d.field),
        where,
      ).toContain(c.field);
    }
  });

  it('refuses avatars that are not images, lie about their type or are too large', async () => {
    const put = (body: Buffer, type: string) =>
      api.request('/v1/account/avatar', {
        method: 'PUT',
        token: owner.token,
        body,
        headers: { 'content-type': type },
      });
    const text = await put(Buffer.from('merhaba, ben bir resim değilim'), 'image/jpeg');
    expect(text.status).toBe(400);
    expect(text.body.error.details).toEqual([{ field: 'body', reason: 'must be a JPEG, PNG or WebP image' }]);
    const big = await put(
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(6 * 1024 * 1024)]),
      'image/jpeg',
    );
    expect(big.status).toBe(413);
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c0392b' } })
      .png()
      .toBuffer();
    const renamed = await put(png, 'image/jpeg');
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.details).toEqual([
      { field: 'body', reason: 'is a PNG image but was sent as image/jpeg' },
    ]);
    const stored = await put(png, 'image/png');
    expect(stored.status).toBe(200);
    expect(stored.body.account.avatarUrl).toMatch(/\/v1\/avatars\/[0-9a-f-]+\/[0-9a-f]{24}\.png$/);
    const served = await fetch(`${api.baseUrl}${new URL(stored.body.account.avatarUrl).pathname}`);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    // A phone photo keeps no EXIF (GPS, camera) once it is an avatar.
    const photo = await put(await jpegWithGps(400, 300), 'image/jpeg');
    expect(photo.status).toBe(200);
    const avatar = await fetch(`${api.baseUrl}${new URL(photo.body.account.avatarUrl).pathname}`);
    const metadata = await sharp(Buffer.from(await avatar.arrayBuffer())).metadata();
    expect(metadata.format).toBe('jpeg');
    expect(metadata.exif).toBeUndefined();

    // The image pipeline makes square variants with a blurhash (never enlarged: a 400×300 photo has no 512 px
    // variant); the replaced avatar's variants are gone.
    const firstAvatarId = stored.body.account.avatar.id;
    expect(photo.body.account.avatar).toMatchObject({ status: 'pending', variants: null });
    let account = photo.body.account;
    for (let i = 0; i < 300 && account.avatar.status === 'pending'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      account = (await api.request('/v1/account', { token: owner.token })).body.account;
    }
    expect(account.avatar).toMatchObject({ status: 'ready', placeholder: { blurhash: expect.any(String) } });
    const squares = account.avatar.variants.filter((v: { format: string }) => v.format === 'webp');
    expect(squares.map((v: { width: number; height: number }) => [v.width, v.height])).toEqual([
      [128, 128],
      [256, 256],
    ]);
    const oldVariant = await fetch(`${api.baseUrl}/v1/media/v/${firstAvatarId}/128.webp`);
    expect(oldVariant.status).toBe(404);
  });
});

describe('logs', () => {
  it('carry the route and user id but never a password, token or personal identifier', async () => {
    // A tour through every flow that handles secrets, then a scan of everything the API logged.
    const secrets: string[] = [STRONG_PASSWORD, owner.token, other.token, admin, moderator];
    const mobile = await signIn(api, owner.email, owner.password, 'mobile');
    secrets.push(mobile.body.session.token, mobile.body.session.refreshToken);
    const refreshed = await api.request('/v1/auth/refresh', {
      method: 'POST',
      json: { refreshToken: mobile.body.session.refreshToken },
    });
    secrets.push(refreshed.body.session.token, refreshed.body.session.refreshToken);
    await api.request('/v1/auth/refresh', {
      method: 'POST',
      json: { refreshToken: mobile.body.session.refreshToken },
    });
    await api.request('/v1/auth/forgot-password', { method: 'POST', json: { email: owner.email } });
    const reset = await waitForMail(api, owner.email, /Şifre sıfırlama/);
    secrets.push(tokenIn(reset));
    await api.request('/v1/auth/sign-in', {
      method: 'POST',
      json: { email: owner.email, password: 'Yanlis-Sifre-123' },
    });
    secrets.push('Yanlis-Sifre-123');
    await api.request('/v1/account', { token: owner.token });
    // A fresh valid TCKN per run: one seller per TCKN, and test files share the database.
    const firstNine = `3${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const tckn = firstNine + tcknCheckDigits(firstNine);
    const iban = 'TR330006100519786457841326';
    const onboarding = {
      type: 'PERSONAL',
      storeName: 'Sahibin Dükkanı',
      contactName: 'Sahip',
      contactSurname: 'Üye',
      identityNumber: tckn,
      iban,
      address: 'Bağdat Caddesi No: 12 Kadıköy',
      city: 'İstanbul',
      phone: '0532 123 45 67',
    };
    const seller = await api.request('/v1/account/seller', {
      method: 'PUT',
      token: owner.token,
      json: onboarding,
    });
    expect(seller.status).toBe(200);
    expect(seller.body.seller.identityNumberMasked).toBe(`*******${tckn.slice(-4)}`);
    const badIban = await api.request('/v1/account/seller', {
      method: 'PUT',
      token: owner.token,
      json: { ...onboarding, iban: 'TR330006100519786457841327' },
    });
    expect(badIban.status).toBe(400);
    secrets.push(tckn, iban, 'TR330006100519786457841327', 'TR33 0006 1005 1978 6457 8413 26');

    const log = await readFile(logFile, 'utf8');
    for (const secret of secrets)
      expect(log.includes(secret), `a secret of ${secret.length} chars leaked`).toBe(false);
    const lines = log
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    const accountLine = lines.filter((l) => l.route === '/v1/account' && l.res).at(-1);
    expect(accountLine).toMatchObject({ service: 'api', userId: owner.id, route: '/v1/account' });
    expect(accountLine.req.headers.authorization).toBe('[redacted]');
    expect(JSON.stringify(accountLine)).not.toContain(owner.email);
  });
});
