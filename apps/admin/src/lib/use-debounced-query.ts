'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

const DEBOUNCE_MS = 250;

/**
 * The text of a search box whose query lives in the URL. `onSettle` gets the trimmed query once typing pauses, if
 * it differs from the URL's; when navigation from elsewhere (sidebar link, back button) changes `urlQuery`, the box
 * follows it.
 */
export function useDebouncedQuery(urlQuery: string, onSettle: (query: string) => void) {
  const [value, setValue] = useState(urlQuery);
  const lastPushed = useRef(urlQuery);
  const settle = useRef(onSettle);
  settle.current = onSettle;

  useEffect(() => {
    if (urlQuery === lastPushed.current) return;
    lastPushed.current = urlQuery;
    setValue(urlQuery);
  }, [urlQuery]);

  useEffect(() => {
    const query = value.trim();
    if (query === lastPushed.current) return;
    const timer = window.setTimeout(() => {
      lastPushed.current = query;
      settle.current(query);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [value]);

  /** For callers that navigate themselves (a sort, a reset): `query` is in the URL already, do not push it again. */
  const markPushed = useCallback((query: string) => {
    lastPushed.current = query;
  }, []);

  return { value, setValue, markPushed };
}
