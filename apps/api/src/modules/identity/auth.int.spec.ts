import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

const signIn = (email: string, password: string, ip?: string) =>
  api.request('/v1/auth/sign-in', {
    method: 'POST',
    json: { email, password },
    headers: ip ? { 'x-forwarded-for': ip } : {},
  });

describe('sign-in and sessions', () => {
  it('signs a seeded admin in and knows who they are from the bearer token', async () => {
    const { status, body } = await signIn('Admin@Tarodan.test', 'Tarodan-Admin-2026!');
    expect(status).toBe(200);
    expect(body.user).toMatchObject({ email: 'admin@tarodan.test', role: 'admin' });
    expect(body.user).not.toHaveProperty('passwordHash');
    const me = await api.request('/v1/auth/me', { token: body.session.token });
    expect(me.body.user.email).toBe('admin@tarodan.test');
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrongPassword = await signIn('ayse@tarodan.test', 'yanlis-sifre');
    const unknown = await signIn('kimse@tarodan.test', 'yanlis-sifre');
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrongPassword.body.error.message).toBe(unknown.body.error.message);
  });

  it('rejects a malformed email naming the field', async () => {
    const { status, body } = await signIn('not-an-email', 'x');
    expect(status).toBe(400);
    expect(body.error.details[0]).toEqual({ field: 'body.email', reason: 'must be an email address' });
  });

  it('ends the session on sign-out', async () => {
    const { body } = await signIn('mehmet@tarodan.test', 'Tarodan-Uye-2026!');
    const out = await api.request('/v1/auth/sign-out', { method: 'POST', token: body.session.token });
    expect(out.status).toBe(204);
    const me = await api.request('/v1/auth/me', { token: body.session.token });
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('locks an account out after 10 failed tries in 15 minutes with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await signIn('zeynep@tarodan.test', `wrong-${i}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const limited = await signIn('zeynep@tarodan.test', 'Tarodan-Uye-2026!');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('admin API access', () => {
  it('refuses anonymous callers with 401 and members with 403, and serves admins and moderators', async () => {
    const anonymous = await api.request('/admin/v1/dashboard/category-counts');
    expect(anonymous.status).toBe(401);

    const member = (await signIn('can@tarodan.test', 'Tarodan-Uye-2026!')).body.session.token;
    expect((await api.request('/admin/v1/dashboard/category-counts', { token: member })).status).toBe(403);

    const moderator = (await signIn('moderator@tarodan.test', 'Tarodan-Mod-2026!')).body.session.token;
    const { status, body } = await api.request('/admin/v1/dashboard/category-counts', { token: moderator });
    expect(status).toBe(200);
    expect(body.items).toHaveLength(9);
    expect(body.items[0]).toMatchObject({ slug: 'diecast-arabalar', subcategories: 6, listings: 0 });
  });
});
