import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOutbox } from '../../platform/mail/outbox-mailer.adapter.js';
import {
  MEMBER_PASSWORD,
  newVerifiedMember,
  STRONG_PASSWORD,
  signIn,
  someIp,
  tokenFor,
  tokenIn,
  waitForMail,
} from '../../test/identity-helpers.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

const register = (json: Record<string, unknown>) =>
  api.request('/v1/auth/register', { method: 'POST', json, headers: someIp() });
const freshEmail = () => `yeni-${randomUUID().slice(0, 8)}@tarodan.test`;

describe('registration and e-mail verification', () => {
  it('registers, sends a verification link by the mail job, and lets the member in only after verifying', async () => {
    const email = freshEmail();
    const registered = await register({
      email,
      password: STRONG_PASSWORD,
      displayName: 'Koleksiyoncu Ali',
      mobile: '0532 123 45 67',
      acceptTerms: true,
      acceptPrivacyNotice: true,
      marketingOptIn: true,
    });
    expect(registered.status).toBe(202);
    expect(registered.body.status).toBe('accepted');

    const before = await signIn(api, email, STRONG_PASSWORD);
    expect(before.status).toBe(403);
    expect(before.body.error.details).toEqual([{ field: 'body.email', reason: 'is not verified yet' }]);

    const mail = await waitForMail(api, email, /doğrulayın/);
    expect(mail.text).toContain('Merhaba Koleksiyoncu Ali');
    expect(mail.text).toContain(`${api.config.webUrl}/dogrula?token=`);
    const verified = await api.request('/v1/auth/verify-email', {
      method: 'POST',
      json: { token: tokenIn(mail) },
    });
    expect(verified.body).toEqual({ status: 'verified', email });

    const again = await api.request('/v1/auth/verify-email', {
      method: 'POST',
      json: { token: tokenIn(mail) },
    });
    expect(again.status).toBe(400);
    expect(again.body.error.details[0].field).toBe('body.token');

    const token = await tokenFor(api, email, STRONG_PASSWORD);
    const account = await api.request('/v1/account', { token });
    expect(account.body.account).toMatchObject({
      email,
      emailVerified: true,
      mobile: '+905321234567',
      marketingOptIn: true,
      role: 'member',
      isSeller: false,
    });
  });

  it('answers a taken address exactly like a new one and tells the owner by e-mail instead', async () => {
    const taken = await register({
      email: 'ayse@tarodan.test',
      password: STRONG_PASSWORD,
      displayName: 'Başka Biri',
      acceptTerms: true,
      acceptPrivacyNotice: true,
    });
    const fresh = await register({
      email: freshEmail(),
      password: STRONG_PASSWORD,
      displayName: 'Başka Biri',
      acceptTerms: true,
      acceptPrivacyNotice: true,
    });
    expect(taken.status).toBe(fresh.status);
    expect(taken.body).toEqual(fresh.body);
    const notice = await waitForMail(api, 'ayse@tarodan.test', /zaten bir hesabınız var/);
    expect(notice.text).not.toContain('token=');
  });

  it('refuses leaked and guessable passwords, and missing legal consent, naming the field', async () => {
    const leaked = await register({
      email: freshEmail(),
      password: 'Password123!',
      displayName: 'Ali',
      acceptTerms: true,
      acceptPrivacyNotice: true,
    });
    expect(leaked.status).toBe(400);
    expect(leaked.body.error.details).toEqual([
      { field: 'body.password', reason: 'appears in lists of leaked passwords; choose another' },
    ]);
    const personal = await register({
      email: 'kemal.sunal@tarodan.test',
      password: 'kemalsunal1',
      displayName: 'Kemal Sunal',
      acceptTerms: true,
      acceptPrivacyNotice: true,
    });
    expect(personal.status).toBe(400);
    expect(personal.body.error.details[0].field).toBe('body.password');
    const noConsent = await register({
      email: freshEmail(),
      password: STRONG_PASSWORD,
      displayName: 'Ali',
      acceptTerms: true,
    });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.error.details).toContainEqual({
      field: 'body.acceptPrivacyNotice',
      reason: 'must be accepted',
    });
  });

  it('records the accepted legal text versions with the IP', async () => {
    const member = await newVerifiedMember(api);
    const { rows } = await rawQuery(
      `select kind, version, granted from user_consents where user_id = $1 order by kind`,
      [member.id],
    );
    expect(rows).toEqual([
      { kind: 'terms', version: '2026-11', granted: true },
      { kind: 'privacy_notice', version: '2026-11', granted: true },
    ]);
  });
});

describe('sign-in answers', () => {
  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrongPassword = await signIn(api, 'ayse@tarodan.test', 'yanlis-sifre');
    const unknown = await signIn(api, 'kimse@tarodan.test', 'yanlis-sifre');
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrongPassword.body.error.message).toBe(unknown.body.error.message);
  });

  it('ends the session on sign-out', async () => {
    const token = await tokenFor(api, 'mehmet@tarodan.test');
    expect((await api.request('/v1/auth/sign-out', { method: 'POST', token })).status).toBe(204);
    const me = await api.request('/v1/auth/me', { token });
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('UNAUTHENTICATED');
  });
});

describe('forgotten and changed passwords', () => {
  it('resets a password by e-mail link, revoking every session, and the link works once', async () => {
    const member = await newVerifiedMember(api);
    const forgot = await api.request('/v1/auth/forgot-password', {
      method: 'POST',
      json: { email: member.email },
    });
    const unknown = await api.request('/v1/auth/forgot-password', {
      method: 'POST',
      json: { email: freshEmail() },
    });
    expect(forgot.status).toBe(202);
    expect(unknown.body).toEqual(forgot.body);

    const mail = await waitForMail(api, member.email, /Şifre sıfırlama/);
    expect(mail.text).toContain('/sifre-sifirla?token=');
    const newPassword = 'yesil-vagon-buharli-lokomotif';
    const reset = await api.request('/v1/auth/reset-password', {
      method: 'POST',
      json: { token: tokenIn(mail), password: newPassword },
    });
    expect(reset.status).toBe(204);
    expect((await api.request('/v1/auth/me', { token: member.token })).status).toBe(401);
    expect((await signIn(api, member.email, STRONG_PASSWORD)).status).toBe(401);
    expect((await signIn(api, member.email, newPassword)).status).toBe(200);
    const replay = await api.request('/v1/auth/reset-password', {
      method: 'POST',
      json: { token: tokenIn(mail), password: 'baska-bir-uzun-sifre-2026' },
    });
    expect(replay.status).toBe(400);
  });

  it('changes the password with the current one, keeps this session and ends the others', async () => {
    const member = await newVerifiedMember(api);
    const other = await tokenFor(api, member.email, member.password);
    const wrong = await api.request('/v1/account/password', {
      method: 'POST',
      token: member.token,
      json: { currentPassword: 'yanlis', newPassword: 'kirmizi-itfaiye-araci-1966' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details).toEqual([{ field: 'body.currentPassword', reason: 'is wrong' }]);

    const changed = await api.request('/v1/account/password', {
      method: 'POST',
      token: member.token,
      json: { currentPassword: member.password, newPassword: 'kirmizi-itfaiye-araci-1966' },
    });
    expect(changed.status).toBe(204);
    expect((await api.request('/v1/auth/me', { token: member.token })).status).toBe(200);
    expect((await api.request('/v1/auth/me', { token: other })).status).toBe(401);
    await waitForMail(api, member.email, /Şifreniz değiştirildi/);
  });

  it('changes the e-mail address only after the new address confirms it', async () => {
    const member = await newVerifiedMember(api);
    const newEmail = freshEmail();
    const asked = await api.request('/v1/account/email', {
      method: 'POST',
      token: member.token,
      json: { newEmail, password: member.password },
    });
    expect(asked.status).toBe(202);
    const pending = await api.request('/v1/account', { token: member.token });
    await waitForMail(api, newEmail, /Yeni e-posta/);
    expect((await api.request('/v1/account', { token: member.token })).body.account.pendingEmail).toBe(
      newEmail,
    );
    expect(pending.body.account.email).toBe(member.email);

    const mail = await waitForMail(api, newEmail, /Yeni e-posta/);
    await api.request('/v1/auth/verify-email', { method: 'POST', json: { token: tokenIn(mail) } });
    const after = await api.request('/v1/account', { token: member.token });
    expect(after.body.account).toMatchObject({ email: newEmail, pendingEmail: null });
    await waitForMail(api, member.email, /E-posta adresiniz değiştirildi/);
  });
});

describe('sessions', () => {
  it('lists sessions with device and last use, and revokes one or all the others', async () => {
    const member = await newVerifiedMember(api);
    const phone = await signIn(api, member.email, member.password, 'mobile', {
      'user-agent': 'TARODAN/1.0 okhttp/4.12 Android 14',
    });
    const laptop = await signIn(api, member.email, member.password, 'web', {
      'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36',
    });
    const list = await api.request('/v1/account/sessions', { token: laptop.body.session.token });
    expect(list.body.items).toHaveLength(3);
    const current = list.body.items.find((s: any) => s.current);
    expect(current).toMatchObject({ client: 'web', device: 'Chrome · Windows' });
    const mobile = list.body.items.find((s: any) => s.client === 'mobile');
    expect(mobile.device).toBe('TARODAN app · Android');

    const revoked = await api.request(`/v1/account/sessions/${mobile.id}`, {
      method: 'DELETE',
      token: laptop.body.session.token,
    });
    expect(revoked.status).toBe(204);
    expect((await api.request('/v1/auth/me', { token: phone.body.session.token })).status).toBe(401);

    const others = await api.request('/v1/account/sessions', {
      method: 'DELETE',
      token: laptop.body.session.token,
    });
    expect(others.status).toBe(204);
    expect((await api.request('/v1/auth/me', { token: member.token })).status).toBe(401);
    const left = await api.request('/v1/account/sessions', { token: laptop.body.session.token });
    expect(left.body.items.map((s: any) => s.current)).toEqual([true]);
  });

  it("answers 404 when revoking someone else's session", async () => {
    const owner = await newVerifiedMember(api);
    const [ownerSession] = (await api.request('/v1/account/sessions', { token: owner.token })).body.items;
    const intruder = await tokenFor(api, 'can@tarodan.test');
    const attempt = await api.request(`/v1/account/sessions/${ownerSession.id}`, {
      method: 'DELETE',
      token: intruder,
    });
    expect(attempt.status).toBe(404);
    expect((await api.request('/v1/auth/me', { token: owner.token })).status).toBe(200);
  });

  it('rotates mobile refresh tokens and revokes the whole family when an old one is replayed', async () => {
    const member = await newVerifiedMember(api);
    const first = (await signIn(api, member.email, member.password, 'mobile')).body.session;
    expect(first.refreshToken).toEqual(expect.any(String));
    expect(Date.parse(first.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000 + 1000);

    const refresh = (refreshToken: string) =>
      api.request('/v1/auth/refresh', { method: 'POST', json: { refreshToken } });
    const second = await refresh(first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.body.session.refreshToken).not.toBe(first.refreshToken);
    expect((await api.request('/v1/auth/me', { token: first.token })).status).toBe(401);
    expect((await api.request('/v1/auth/me', { token: second.body.session.token })).status).toBe(200);

    const replay = await refresh(first.refreshToken);
    expect(replay.status).toBe(401);
    expect((await api.request('/v1/auth/me', { token: second.body.session.token })).status).toBe(401);
    expect((await refresh(second.body.session.refreshToken)).status).toBe(401);
  });
});

describe('rate limits shared by every API process', () => {
  it('answers the 6th bad password in a minute with 429 on both of two API processes', async () => {
    const second = await startTestApp({ REDIS_KEY_PREFIX: api.config.redis!.keyPrefix });
    try {
      const member = await newVerifiedMember(api);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const target = i % 2 === 0 ? api : second;
        statuses.push((await signIn(target, member.email, `yanlis-${i}`)).status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401]);
      for (const target of [api, second]) {
        const limited = await signIn(target, member.email, member.password);
        expect(limited.status).toBe(429);
        expect(limited.body.error.code).toBe('RATE_LIMITED');
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    } finally {
      await second.close();
    }
  });

  it('keys limits on the client IP only when it arrives through a trusted proxy', async () => {
    const untrusted = await startTestApp({ TRUST_PROXY: '10.0.0.0/8' });
    try {
      // The test client is 127.0.0.1, not in 10.0.0.0/8: X-Forwarded-For is ignored and every try counts for 127.0.0.1.
      const statuses: number[] = [];
      for (let i = 0; i < 31; i += 1) {
        const email = `kimse-${i}@tarodan.test`;
        const forwarded = `203.0.113.${i}`;
        statuses.push((await signIn(untrusted, email, 'x', 'web', { 'x-forwarded-for': forwarded })).status);
      }
      expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
      expect(statuses[30]).toBe(429);
    } finally {
      await untrusted.close();
    }
  });
});

describe('outbox', () => {
  it('never puts a password in an e-mail', async () => {
    const messages = await readOutbox(api.config.mail.outboxDir);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.text).not.toContain(STRONG_PASSWORD);
      expect(message.text).not.toContain(MEMBER_PASSWORD);
    }
  });
});

async function rawQuery(sql: string, params: unknown[]) {
  const { Database } = await import('../../platform/database/database.js');
  const { sql: raw } = await import('drizzle-orm');
  const db = api.app.get(Database).db;
  const chunks = sql.split(/\$\d+/);
  const query = raw.join(
    chunks.flatMap((chunk, i) =>
      i < params.length ? [raw.raw(chunk), raw`${params[i]}`] : [raw.raw(chunk)],
    ),
  );
  const result: any = await db.execute(query);
  return { rows: result.rows ?? result };
}
