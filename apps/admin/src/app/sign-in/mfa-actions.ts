'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import {
  confirmMfaEnrollment,
  type MfaEnrollment,
  type MfaProof,
  type SignedInResponse,
  signOut,
  startMfaEnrollment,
  verifyMfa,
} from '@/lib/api';
import { isStaff } from '@/lib/auth-schemas';
import { SESSION_COOKIE } from '@/lib/constants';
import { sessionCookieOptions } from '@/lib/cookie-options';
import { verifyCsrf } from '@/lib/csrf';
import { clientInfo, requestHost } from '@/lib/request-info';
import { getSessionToken, safeNextPath } from '@/lib/session';
import { clearChallenge, readChallenge, saveChallenge } from './challenge';
import { failure, mfaFailure, type SignInFailure } from './sign-in-failure';

const TOTP_PATTERN = /^\d{6}$/;
const RECOVERY_PATTERN = /^[a-z0-9]{5}-?[a-z0-9]{5}$/i;

/** "123 456" → "123456"; " ABCDE-12345 " → "abcde-12345". */
function cleanCode(value: FormDataEntryValue | null): string {
  return typeof value === 'string' ? value.replace(/\s+/g, '').toLowerCase() : '';
}

/** The challenge is gone (expired, used up) or the account may not enter: back to the password, with a notice. */
function restart(reason: 'mfa-expired' | 'forbidden', next: FormDataEntryValue | null): never {
  clearChallenge();
  const query = new URLSearchParams({ reason });
  const target = safeNextPath(next);
  if (target !== '/') query.set('next', target);
  redirect(`/sign-in?${query.toString()}`);
}

/** Keeps the session in the httpOnly cookie, or refuses it (members never get into the panel). */
async function keepSession(result: SignedInResponse): Promise<boolean> {
  if (!isStaff(result.user)) {
    await signOut(result.session.token).catch(() => undefined);
    return false;
  }
  cookies().set(
    SESSION_COOKIE,
    result.session.token,
    sessionCookieOptions(requestHost(), result.session.expiresAt),
  );
  return true;
}

/** Step two for enrolled staff: a TOTP code (or a recovery code) against the challenge in the cookie. */
export async function verifyMfaAction(
  _previous: SignInFailure | null,
  form: FormData,
): Promise<SignInFailure | null> {
  if (!verifyCsrf(form)) return failure('csrf');
  const pending = readChallenge();
  if (pending?.step !== 'verify') restart('mfa-expired', form.get('next'));
  const recovery = form.get('mode') === 'recovery';
  const code = cleanCode(form.get(recovery ? 'recoveryCode' : 'code'));
  if (!(recovery ? RECOVERY_PATTERN : TOTP_PATTERN).test(code)) return failure('invalid-code');
  const proof: MfaProof = recovery ? { recoveryCode: code } : { code };

  let result: SignedInResponse;
  try {
    result = await verifyMfa(pending.challenge, proof, clientInfo());
  } catch (error) {
    const refused = mfaFailure(error);
    if (refused.kind === 'expired' || refused.kind === 'forbidden')
      restart(refusedReason(refused), form.get('next'));
    return refused;
  }
  if (!(await keepSession(result))) restart('forbidden', form.get('next'));
  clearChallenge();
  redirect(safeNextPath(form.get('next')));
}

function refusedReason(refused: SignInFailure): 'mfa-expired' | 'forbidden' {
  return refused.kind === 'forbidden' ? 'forbidden' : 'mfa-expired';
}

export type EnrollmentResult =
  | { ok: true; enrollment: MfaEnrollment }
  | { ok: false; failure: SignInFailure };

/** First sign-in of a staff account without two-factor: a new authenticator secret, shown once on the page. */
export async function startEnrollmentAction(csrf: string, next: string): Promise<EnrollmentResult> {
  if (!verifyCsrf(csrf)) return { ok: false, failure: failure('csrf') };
  const pending = readChallenge();
  if (pending?.step !== 'enroll') restart('mfa-expired', next);
  try {
    return { ok: true, enrollment: await startMfaEnrollment(pending.challenge, clientInfo()) };
  } catch (error) {
    const refused = mfaFailure(error);
    if (refused.kind === 'expired' || refused.kind === 'forbidden') restart(refusedReason(refused), next);
    return { ok: false, failure: refused };
  }
}

export type ConfirmState = { recoveryCodes: string[] } | { failure: SignInFailure } | null;

/**
 * The first code from the new authenticator turns two-factor on and signs in. The recovery codes go back to the form
 * once (they are not stored anywhere here); the cookie moves to the `codes` step until "I saved them".
 */
export async function confirmEnrollmentAction(
  _previous: ConfirmState,
  form: FormData,
): Promise<ConfirmState> {
  if (!verifyCsrf(form)) return { failure: failure('csrf') };
  const pending = readChallenge();
  if (pending?.step !== 'enroll') restart('mfa-expired', form.get('next'));
  const code = cleanCode(form.get('code'));
  if (!TOTP_PATTERN.test(code)) return { failure: failure('invalid-code') };
  let result: Awaited<ReturnType<typeof confirmMfaEnrollment>>;
  try {
    result = await confirmMfaEnrollment(pending.challenge, code, clientInfo());
  } catch (error) {
    const refused = mfaFailure(error);
    if (refused.kind === 'expired' || refused.kind === 'forbidden')
      restart(refusedReason(refused), form.get('next'));
    return { failure: refused };
  }
  if (!(await keepSession(result))) restart('forbidden', form.get('next'));
  saveChallenge('codes');
  return { recoveryCodes: result.recoveryCodes };
}

/** "I saved them": leave the sign-in page for where the user was going. */
export async function finishSignInAction(form: FormData): Promise<void> {
  if (!verifyCsrf(form)) redirect('/sign-in');
  clearChallenge();
  redirect(getSessionToken() ? safeNextPath(form.get('next')) : '/sign-in');
}
