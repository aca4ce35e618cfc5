import { randomUUID } from 'node:crypto';
import { PasswordHasher } from '../modules/identity/password-hasher.js';
import { currentStep, totpCode } from '../modules/identity/totp.js';
import { UserRepository } from '../modules/identity/user.repository.js';
import { readOutbox } from '../platform/mail/outbox-mailer.adapter.js';
import type { TestApp } from './test-app.js';

export const MEMBER_PASSWORD = 'Tarodan-Uye-2026!';
export const STRONG_PASSWORD = 'mavi-tren-koleksiyonu-1987';

/** A different client IP per call (the test client is a trusted proxy), so per-IP limits do not pile up. */
export function someIp(): Record<string, string> {
  const n = () => Math.floor(Math.random() * 250) + 1;
  return { 'x-forwarded-for': `10.${n()}.${n()}.${n()}` };
}

/** Waits for a message to `to` in the API's outbox whose subject matches, and returns it. */
export async function waitForMail(api: TestApp, to: string, subject: RegExp, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = await readOutbox(api.config.mail.outboxDir, { to });
    const match = messages.filter((m) => subject.test(m.subject)).at(-1);
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`No mail to ${to} matching ${subject} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The token of the one-time link in a message (`...?token=<token>`). */
export function tokenIn(message: { text: string }): string {
  const match = /\?token=([A-Za-z0-9_-]+)/.exec(message.text);
  if (!match) throw new Error('No link with a token in the message');
  return match[1]!;
}

export async function signIn(api: TestApp, email: string, password: string, client = 'web', headers = {}) {
  return api.request('/v1/auth/sign-in', {
    method: 'POST',
    json: { email, password, client },
    headers: { ...someIp(), ...headers },
  });
}

/** Signs in a member and returns the bearer token (fails the test loudly otherwise). */
export async function tokenFor(api: TestApp, email: string, password = MEMBER_PASSWORD): Promise<string> {
  const { status, body } = await signIn(api, email, password);
  if (status !== 200 || body.status !== 'signed_in') {
    throw new Error(`Sign-in of ${email} failed: ${status} ${JSON.stringify(body)}`);
  }
  return body.session.token;
}

/** Registers a new member and clicks the verification link; returns their credentials and id. */
export async function newVerifiedMember(api: TestApp, name = 'Deneme Üye') {
  const email = `uye-${randomUUID().slice(0, 8)}@tarodan.test`;
  const registered = await api.request('/v1/auth/register', {
    method: 'POST',
    headers: someIp(),
    json: {
      email,
      password: STRONG_PASSWORD,
      displayName: name,
      acceptTerms: true,
      acceptPrivacyNotice: true,
    },
  });
  if (registered.status !== 202) throw new Error(`Register failed: ${JSON.stringify(registered.body)}`);
  const mail = await waitForMail(api, email, /doğrulayın/);
  const verified = await api.request('/v1/auth/verify-email', {
    method: 'POST',
    json: { token: tokenIn(mail) },
  });
  if (verified.status !== 200) throw new Error(`Verify failed: ${JSON.stringify(verified.body)}`);
  const token = await tokenFor(api, email, STRONG_PASSWORD);
  const me = await api.request('/v1/auth/me', { token });
  return { email, password: STRONG_PASSWORD, token, id: me.body.user.id as string };
}

/**
 * A staff account of its own for this test (test files share one database, so the seeded staff may already be
 * enrolled in two-factor by another file). Not yet enrolled; `staffToken` enrols it.
 */
export async function newStaff(api: TestApp, role: 'admin' | 'moderator', displayName?: string) {
  const email = `${role}-${randomUUID().slice(0, 8)}@tarodan.test`;
  const password = STRONG_PASSWORD;
  const passwordHash = await api.app.get(PasswordHasher).hash(password);
  const user = await api.app
    .get(UserRepository)
    .createWithConsents(
      { email, passwordHash, displayName: displayName ?? `Test ${role}`, role, emailVerifiedAt: new Date() },
      [],
    );
  return { email, password, id: user!.id };
}

const staffSecrets = new Map<string, string>();
const usedSteps = new Map<string, Set<number>>();

const STEP_MS = 30_000;
/** Time a request may take to reach the API's check after the code was made; see `freshTotp`. */
const PREVIOUS_STEP_MARGIN_MS = 10_000;

/**
 * A TOTP code for a step this user has not used yet (the API refuses a code twice) that the API still accepts
 * when the request arrives. The API takes the previous, current and next step at the time it checks, so the
 * current and next steps stay good across one 30 s boundary; the previous step is only good until the current
 * step ends, so it is used only while plenty of the step is left. Otherwise this waits for the next step
 * (at most PREVIOUS_STEP_MARGIN_MS), whose next step is unused.
 */
export async function freshTotp(user: string, secret: string): Promise<string> {
  const used = usedSteps.get(user) ?? new Set<number>();
  usedSteps.set(user, used);
  for (;;) {
    const now = Date.now();
    const current = currentStep(now);
    const leftInStep = (current + 1) * STEP_MS - now;
    const candidates =
      leftInStep > PREVIOUS_STEP_MARGIN_MS ? [current, current + 1, current - 1] : [current, current + 1];
    const step = candidates.find((s) => !used.has(s));
    if (step !== undefined) {
      used.add(step);
      return totpCode(secret, step);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(1000, leftInStep + 10)));
  }
}

/** Signs a staff member in through TOTP, enrolling them the first time in this API; returns the bearer token. */
export async function staffToken(api: TestApp, who: { email: string; password: string }): Promise<string> {
  const key = `${api.baseUrl}:${who.email}`;
  const first = await signIn(api, who.email, who.password, 'admin');
  if (first.body.status === 'mfa_enrollment_required') {
    const started = await api.request('/v1/auth/mfa/enrollment', {
      method: 'POST',
      json: { challenge: first.body.challenge },
    });
    staffSecrets.set(key, started.body.secret);
    const confirmed = await api.request('/v1/auth/mfa/enrollment/confirm', {
      method: 'POST',
      json: { challenge: first.body.challenge, code: await freshTotp(key, started.body.secret) },
    });
    if (confirmed.status !== 200) throw new Error(`Enrolment failed: ${JSON.stringify(confirmed.body)}`);
    return confirmed.body.session.token;
  }
  const secret = staffSecrets.get(key);
  if (first.body.status !== 'mfa_required' || !secret) {
    throw new Error(`Unexpected staff sign-in answer: ${JSON.stringify(first.body)}`);
  }
  const verified = await api.request('/v1/auth/mfa/verify', {
    method: 'POST',
    json: { challenge: first.body.challenge, code: await freshTotp(key, secret) },
  });
  if (verified.status !== 200) throw new Error(`MFA failed: ${JSON.stringify(verified.body)}`);
  return verified.body.session.token;
}

export function staffSecret(api: TestApp, email: string): string | undefined {
  return staffSecrets.get(`${api.baseUrl}:${email}`);
}
