import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshTotp, newStaff, signIn, staffSecret, staffToken } from '../../test/identity-helpers.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { currentStep, totpCode } from './totp.js';

let api: TestApp;
let ADMIN: { email: string; password: string };
let MODERATOR: { email: string; password: string };
beforeAll(async () => {
  api = await startTestApp();
  ADMIN = await newStaff(api, 'admin');
  MODERATOR = await newStaff(api, 'moderator');
});
afterAll(() => api.close());

describe('two-factor sign-in for staff', () => {
  it('makes an admin enrol with a QR code, gives recovery codes once, then asks for a code at every sign-in', async () => {
    const first = await signIn(api, ADMIN.email, ADMIN.password, 'admin');
    expect(first.body).toEqual({ status: 'mfa_enrollment_required', challenge: expect.any(String) });
    expect(first.body).not.toHaveProperty('session');

    const started = await api.request('/v1/auth/mfa/enrollment', {
      method: 'POST',
      json: { challenge: first.body.challenge },
    });
    expect(started.status).toBe(200);
    expect(started.body.otpauthUrl).toContain(
      `otpauth://totp/TARODAN%3A${encodeURIComponent(ADMIN.email)}?secret=`,
    );
    expect(started.body.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);

    const wrong = await api.request('/v1/auth/mfa/enrollment/confirm', {
      method: 'POST',
      json: { challenge: first.body.challenge, code: '000000' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.details).toEqual([
      { field: 'body.code', reason: 'is wrong, expired or already used' },
    ]);

    const code = totpCode(started.body.secret, currentStep());
    const confirmed = await api.request('/v1/auth/mfa/enrollment/confirm', {
      method: 'POST',
      json: { challenge: first.body.challenge, code },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect(confirmed.body.user.role).toBe('admin');
    const me = await api.request('/v1/auth/me', { token: confirmed.body.session.token });
    expect(me.body.user.email).toBe(ADMIN.email);

    // The same code cannot be used again, even with a fresh password step.
    const again = await signIn(api, ADMIN.email, ADMIN.password, 'admin');
    expect(again.body.status).toBe('mfa_required');
    const replay = await api.request('/v1/auth/mfa/verify', {
      method: 'POST',
      json: { challenge: again.body.challenge, code },
    });
    expect(replay.status).toBe(401);

    const recovery = await api.request('/v1/auth/mfa/verify', {
      method: 'POST',
      json: { challenge: again.body.challenge, recoveryCode: confirmed.body.recoveryCodes[0] },
    });
    expect(recovery.status).toBe(200);
    expect(recovery.body.status).toBe('signed_in');

    const third = await signIn(api, ADMIN.email, ADMIN.password, 'admin');
    const reused = await api.request('/v1/auth/mfa/verify', {
      method: 'POST',
      json: { challenge: third.body.challenge, recoveryCode: confirmed.body.recoveryCodes[0] },
    });
    expect(reused.status).toBe(401);
    const fresh = await api.request('/v1/auth/mfa/verify', {
      method: 'POST',
      json: { challenge: third.body.challenge, code: totpCode(started.body.secret, currentStep() + 1) },
    });
    expect(fresh.status).toBe(200);
  });

  it('does not let a challenge be used as a session token or a verify challenge be used to enrol', async () => {
    const token = await staffToken(api, MODERATOR);
    expect(token).toEqual(expect.any(String));
    const pending = await signIn(api, MODERATOR.email, MODERATOR.password, 'admin');
    expect(pending.body.status).toBe('mfa_required');
    const asToken = await api.request('/admin/v1/users', { token: pending.body.challenge });
    expect(asToken.status).toBe(401);
    const enrolAgain = await api.request('/v1/auth/mfa/enrollment', {
      method: 'POST',
      json: { challenge: pending.body.challenge },
    });
    expect(enrolAgain.status).toBe(401);
    const secret = staffSecret(api, MODERATOR.email)!;
    const ok = await api.request('/v1/auth/mfa/verify', {
      method: 'POST',
      json: {
        challenge: pending.body.challenge,
        code: await freshTotp(`${api.baseUrl}:${MODERATOR.email}`, secret),
      },
    });
    expect(ok.status).toBe(200);
  });

  it('locks the second factor after 5 wrong codes', async () => {
    await staffToken(api, MODERATOR);
    const pending = await signIn(api, MODERATOR.email, MODERATOR.password, 'admin');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const answer = await api.request('/v1/auth/mfa/verify', {
        method: 'POST',
        json: { challenge: pending.body.challenge, code: String(100000 + i) },
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
