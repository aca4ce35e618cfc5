'use client';

import { useEffect, useState } from 'react';
import type { FormState } from '@/lib/form-state';

/**
 * Seconds left before the API accepts another try after a 429, counting down once a second; null until the
 * countdown starts (the server's number is shown meanwhile).
 */
export function useRetryCountdown(state: FormState): number | null {
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    const total = state.kind === 'rate-limited' ? (state.retryAfterSeconds ?? 0) : 0;
    if (total <= 0) {
      setLeft(null);
      return;
    }
    const until = Date.now() + total * 1000;
    setLeft(total);
    const timer = window.setInterval(() => {
      const remaining = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [state]);
  return left;
}
