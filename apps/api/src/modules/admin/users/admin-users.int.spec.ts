import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newStaff,
  newVerifiedMember,
  signIn,
  staffToken,
  waitForMail,
} from '../../../test/identity-helpers.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let api: TestApp;
let admin: string;
let moderator: string;
beforeAll(async () => {
  api = await startTestApp();
  admin = await staffToken(api, await newStaff(api, 'admin'));
  moderator = await staffToken(api, await newStaff(api, 'moderator', 'Moderatör Test'));
});
afterAll(() => api.close());

describe('admin users API', () => {
  it('lists users with search, role and status filters and pagination', async () => {
    const all = await api.request('/admin/v1/users?pageSize=2', { token: moderator });
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(2);
    expect(all.body.total).toBeGreaterThanOrEqual(6);

    const staff = await api.request('/admin/v1/users?role=moderator&pageSize=100', { token: admin });
    expect(staff.body.items.length).toBeGreaterThanOrEqual(2);
    expect(staff.body.items.every((u: any) => u.role === 'moderator')).toBe(true);

    const search = await api.request(`/admin/v1/users?q=${encodeURIComponent('Ayşe')}`, { token: admin });
    expect(search.body.items[0]).toMatchObject({
      email: 'ayse@tarodan.test',
      role: 'member',
      status: 'active',
    });
    expect(search.body.items[0]).not.toHaveProperty('passwordHash');
  });

  it('suspends a member with a reason, ends their sessions, tells them, and writes the audit log', async () => {
    const member = await newVerifiedMember(api, 'Askıya Alınacak');
    const suspended = await api.request(`/admin/v1/users/${member.id}/suspend`, {
      method: 'POST',
      token: moderator,
      json: { reason: 'Sahte ilan şikayetleri' },
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });
    expect(suspended.status).toBe(200);
    expect(suspended.body.user).toMatchObject({
      status: 'suspended',
      statusReason: 'Sahte ilan şikayetleri',
    });
    expect(suspended.body.user.activeSessions).toBe(0);
    expect(suspended.body.user.audit[0]).toMatchObject({
      action: 'user.suspend',
      actor: { displayName: 'Moderatör Test', role: 'moderator' },
      before: { status: 'active', statusReason: null },
      after: { status: 'suspended', statusReason: 'Sahte ilan şikayetleri' },
      ip: '198.51.100.7',
    });
    expect((await api.request('/v1/auth/me', { token: member.token })).status).toBe(401);
    const refused = await signIn(api, member.email, member.password);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain('Sahte ilan şikayetleri');
    await waitForMail(api, member.email, /askıya alındı/);

    const reinstated = await api.request(`/admin/v1/users/${member.id}/reinstate`, {
      method: 'POST',
      token: admin,
    });
    expect(reinstated.body.user.status).toBe('active');
    expect((await signIn(api, member.email, member.password)).status).toBe(200);
  });

  it('lets only admins ban and change roles, and nobody act on their own account', async () => {
    const member = await newVerifiedMember(api, 'Rol Değişecek');
    const modBan = await api.request(`/admin/v1/users/${member.id}/ban`, {
      method: 'POST',
      token: moderator,
      json: { reason: 'Dolandırıcılık girişimi' },
    });
    expect(modBan.status).toBe(403);

    const promoted = await api.request(`/admin/v1/users/${member.id}/role`, {
      method: 'PUT',
      token: admin,
      json: { role: 'moderator' },
    });
    expect(promoted.body.user.role).toBe('moderator');
    // New staff must enrol in two-factor: their member session is gone and sign-in asks for enrolment.
    expect((await api.request('/v1/auth/me', { token: member.token })).status).toBe(401);
    expect((await signIn(api, member.email, member.password, 'admin')).body.status).toBe(
      'mfa_enrollment_required',
    );

    const modOnMod = await api.request(`/admin/v1/users/${member.id}/suspend`, {
      method: 'POST',
      token: moderator,
      json: { reason: 'Deneme amaçlı' },
    });
    expect(modOnMod.status).toBe(403);

    const me = (await api.request('/v1/auth/me', { token: admin })).body.user.id;
    const self = await api.request(`/admin/v1/users/${me}/role`, {
      method: 'PUT',
      token: admin,
      json: { role: 'member' },
    });
    expect(self.status).toBe(403);

    const log = await api.request(`/admin/v1/audit-log?targetId=${member.id}`, { token: admin });
    expect(log.body.items.map((e: any) => e.action)).toEqual(['user.role']);
    expect((await api.request('/admin/v1/audit-log', { token: moderator })).status).toBe(403);
  });

  it('answers bad filters and ids with 400 naming the field, and unknown users with 404', async () => {
    const cases: [string, string][] = [
      ['/admin/v1/users?role=king', 'query.role'],
      ['/admin/v1/users?page=0', 'query.page'],
      ['/admin/v1/users?pageSize=500', 'query.pageSize'],
      ['/admin/v1/users?sort=name', 'query.sort'],
      ['/admin/v1/users/not-a-uuid', 'params.id'],
    ];
    for (const [path, field] of cases) {
      const answer = await api.request(path, { token: admin });
      expect(answer.status, path).toBe(400);
      expect(
        answer.body.error.details.map((d: any) => d.field),
        path,
      ).toContain(field);
    }
    const missing = await api.request('/admin/v1/users/00000000-0000-4000-8000-000000000000', {
      token: admin,
    });
    expect(missing.status).toBe(404);
    const noReason = await api.request('/admin/v1/users/00000000-0000-4000-8000-000000000000/suspend', {
      method: 'POST',
      token: admin,
      json: { reason: 'x' },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].field).toBe('body.reason');
  });
});
