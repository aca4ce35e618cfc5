import type { CategoryNode, Locale } from '@tarodan/contracts';
import { useCallback, useEffect, useState } from 'react';
import { fetchCategories } from '@/api/catalog-api';

export type CategoriesState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'success'; categories: CategoryNode[] };

/**
 * The category tree in `locale`. `retry` starts over with the loading state; `refresh` (pull to refresh)
 * keeps the current list on screen while it loads.
 */
export function useCategories(locale: Locale) {
  const [state, setState] = useState<CategoriesState>({ status: 'loading' });
  const [refreshing, setRefreshing] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchCategories(locale, controller.signal).then(
      (categories) => {
        if (!controller.signal.aborted) setState({ status: 'success', categories });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [locale, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      setState({ status: 'success', categories: await fetchCategories(locale) });
    } catch (error) {
      setState({ status: 'error', error });
    } finally {
      setRefreshing(false);
    }
  }, [locale]);

  return { state, refreshing, retry, refresh };
}
