import { usePathname, useRouter } from 'expo-router';
import { useEffect, useRef } from 'react';
import { useSession } from './session-provider';

/**
 * When a session ends on its own (the refresh was refused, the session was revoked from another device), open
 * the sign-in screen, which says why. Signing out on purpose does not.
 */
export function useSessionExpiredRedirect(): void {
  const { state } = useSession();
  const router = useRouter();
  const pathname = usePathname();
  const previous = useRef(state.status);

  useEffect(() => {
    const was = previous.current;
    previous.current = state.status;
    const expired = state.status === 'signed-out' && state.reason === 'expired';
    if (was === 'signed-in' && expired && pathname !== '/sign-in') router.push('/sign-in');
  }, [state, pathname, router]);
}
