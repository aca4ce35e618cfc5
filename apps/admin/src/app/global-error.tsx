'use client';

import * as Sentry from '@sentry/nextjs';
import { useEffect } from 'react';

/* Last resort when the root layout itself fails: no styles or fonts can be assumed here. */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    Sentry.captureException(error); // no-op when Sentry is off
  }, [error]);
  return (
    <html lang="tr">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          display: 'grid',
          placeItems: 'center',
          minHeight: '100vh',
        }}
      >
        <div style={{ textAlign: 'center' }}>
          <h1 style={{ fontSize: 18 }}>Bir şeyler ters gitti · Something went wrong</h1>
          <button type="button" onClick={reset} style={{ marginTop: 12, padding: '6px 14px' }}>
            Tekrar dene · Try again
          </button>
        </div>
      </body>
    </html>
  );
}
