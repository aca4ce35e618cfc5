import { cookies } from 'next/headers';
import { MFA_COOKIE } from '@/lib/constants';
import { shouldUseSecureCookie } from '@/lib/cookie-options';
import { requestHost } from '@/lib/request-info';

/** Where the sign-in stands after the password: a code to enter, an authenticator to set up, codes to save. */
export type MfaStep = 'verify' | 'enroll' | 'codes';
export type SignInStep = 'credentials' | MfaStep;
export type PendingChallenge = { step: MfaStep; challenge: string };

const STEPS: readonly MfaStep[] = ['verify', 'enroll', 'codes'];
const CHALLENGE_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;
/** Time to type a code; setting up an authenticator app takes longer. The API's own challenge expiry still rules. */
const MAX_AGE_SECONDS: Record<MfaStep, number> = { verify: 5 * 60, enroll: 15 * 60, codes: 15 * 60 };

/**
 * The API's challenge lives in an httpOnly, SameSite=Strict cookie scoped to /sign-in (never in the URL, so it stays
 * out of history, logs and Referer). Value: `<step>.<challenge>`; the `codes` step carries no challenge.
 */
export function readChallenge(): PendingChallenge | null {
  const value = cookies().get(MFA_COOKIE)?.value ?? '';
  const dot = value.indexOf('.');
  const step = value.slice(0, dot) as MfaStep;
  const challenge = value.slice(dot + 1);
  if (dot < 0 || !STEPS.includes(step)) return null;
  if (step !== 'codes' && !CHALLENGE_PATTERN.test(challenge)) return null;
  return { step, challenge };
}

export function saveChallenge(step: MfaStep, challenge = ''): void {
  cookies().set(MFA_COOKIE, `${step}.${challenge}`, {
    httpOnly: true,
    sameSite: 'strict',
    secure: shouldUseSecureCookie(requestHost()),
    path: '/sign-in',
    maxAge: MAX_AGE_SECONDS[step],
  });
}

export function clearChallenge(): void {
  cookies().set(MFA_COOKIE, '', { path: '/sign-in', maxAge: 0 });
}
