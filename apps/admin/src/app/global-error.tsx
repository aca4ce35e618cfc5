'use client';

/* Last resort when the root layout itself fails: no styles or fonts can be assumed here. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
