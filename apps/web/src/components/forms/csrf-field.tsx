'use client';

import { useEffect, useRef } from 'react';
import { CSRF_COOKIE, CSRF_FIELD, isCsrfToken } from '@/lib/csrf-token';

function cookieToken(): string | null {
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${CSRF_COOKIE}=`));
  const value = entry?.slice(CSRF_COOKIE.length + 1);
  return isCsrfToken(value) ? value : null;
}

/**
 * The hidden double-submit field. The server renders the cookie's value into it (so it works without JavaScript);
 * in the browser it follows the cookie when the tab comes back into view, in case another tab minted a new one.
 */
export function CsrfField({ token }: { token: string }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const sync = () => {
      const current = cookieToken();
      if (current && ref.current && ref.current.value !== current) ref.current.value = current;
    };
    sync();
    document.addEventListener('visibilitychange', sync);
    window.addEventListener('focus', sync);
    return () => {
      document.removeEventListener('visibilitychange', sync);
      window.removeEventListener('focus', sync);
    };
  }, []);
  return <input ref={ref} type="hidden" name={CSRF_FIELD} defaultValue={token} />;
}
