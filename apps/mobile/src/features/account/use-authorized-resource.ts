import type { Locale } from '@tarodan/contracts';
import { useFocusEffect } from 'expo-router';
import { useCallback, useRef, useState } from 'react';
import { useSession } from '@/features/auth/session-provider';
import { useI18n } from '@/i18n/i18n-provider';

export type ResourceState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'success'; data: T };

type Load<T> = (auth: { token: string; locale: Locale; signal: AbortSignal }) => Promise<T>;

/**
 * Something only the signed-in member may read (their account, their sessions), loaded with a valid access token
 * each time the screen comes into view: after an edit elsewhere, the screen shows the new data.
 */
export function useAuthorizedResource<T>(load: Load<T>) {
  const { session } = useSession();
  const { locale } = useI18n();
  const [state, setState] = useState<ResourceState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useFocusEffect(
    // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
    useCallback(() => {
      const controller = new AbortController();
      session
        .authorized((token) => loadRef.current({ token, locale, signal: controller.signal }))
        .then(
          (data) => {
            if (!controller.signal.aborted) setState({ status: 'success', data });
          },
          (error: unknown) => {
            if (!controller.signal.aborted) setState({ status: 'error', error });
          },
        );
      return () => controller.abort();
    }, [session, locale, attempt]),
  );

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  /** Replace the data after a change the API has confirmed (e.g. the account a PATCH returned). */
  const replace = useCallback((data: T) => setState({ status: 'success', data }), []);

  /** Change the data on screen after a change the API has confirmed (e.g. a revoked session). */
  const update = useCallback(
    (change: (data: T) => T) =>
      setState((current) =>
        current.status === 'success' ? { status: 'success', data: change(current.data) } : current,
      ),
    [],
  );

  return { state, retry, replace, update };
}
