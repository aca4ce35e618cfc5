'use client';

import * as Sentry from '@sentry/nextjs';
import { useEffect } from 'react';

/* When even the root layout fails: reported to Sentry, then a plain bilingual page (no styles can be assumed). */
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
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 0 }}>
        <main
          style={{ maxWidth: 480, margin: '20vh auto', padding: 24, textAlign: 'center', color: '#1c1917' }}
        >
          <p style={{ fontWeight: 800, letterSpacing: '0.08em', color: '#c2410c' }}>TARODAN</p>
          <h1 style={{ fontSize: 20 }}>Bir şeyler ters gitti</h1>
          <p lang="en" style={{ color: '#57534e' }}>
            Something went wrong on our side. We have been told.
          </p>
          <button
            type="button"
            onClick={reset}
            style={{ marginTop: 16, padding: '10px 18px', borderRadius: 8 }}
          >
            Tekrar dene · Try again
          </button>
        </main>
      </body>
    </html>
  );
}
