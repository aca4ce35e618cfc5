import { createContext, type ReactNode, useContext, useEffect, useSyncExternalStore } from 'react';
import { refreshSession, signOutSession } from '@/api/auth-api';
import { type AuthState, SessionManager } from './session-manager';
import { TokenStore } from './token-store';

const SessionContext = createContext<SessionManager | null>(null);

let appSession: SessionManager | undefined;

/** The app's one session, its tokens in SecureStore. */
export function getAppSession(): SessionManager {
  appSession ??= new SessionManager({
    store: new TokenStore(),
    refresh: refreshSession,
    revoke: signOutSession,
  });
  return appSession;
}

type Props = { children: ReactNode; session?: SessionManager };

/** Makes the session available to screens and reads the saved one from the device at start. */
export function SessionProvider({ children, session = getAppSession() }: Props) {
  useEffect(() => {
    void session.load();
  }, [session]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The session manager and its state (loading, signed in, signed out); re-renders when the state changes. */
export function useSession(): { session: SessionManager; state: AuthState } {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  return { session, state };
}
