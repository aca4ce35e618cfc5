import { cookies } from 'next/headers';
import { signOut } from '@/lib/account-api';
import { SESSION_COOKIE } from '@/lib/cookie-options';
import { isTrustedRequest } from '@/lib/csrf';
import { CSRF_COOKIE } from '@/lib/csrf-token';
import { localePath, toLocale } from '@/lib/i18n/locale';
import { refusedResponse, seeOther } from '../responses';

export const dynamic = 'force-dynamic';

/**
 * Sign out: a plain form POST from the header's menu (works without JavaScript). Refused unless it comes from our
 * own page with the double-submit token. Revokes the session at the API (best effort: a dead API must not keep
 * anyone signed in), drops the cookie and lands on the sign-in page with a notice.
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => new FormData());
  const jar = cookies();
  if (!isTrustedRequest(request, jar.get(CSRF_COOKIE)?.value, form)) return refusedResponse();

  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) {
    await signOut(token).catch((error: unknown) => {
      console.warn('sign-out: the API did not revoke the session', error);
    });
  }
  jar.delete(SESSION_COOKIE);
  const locale = toLocale(form.get('locale'));
  return seeOther(`${localePath(locale, '/giris')}?notice=signed-out`);
}
