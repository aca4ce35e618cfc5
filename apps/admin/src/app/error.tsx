'use client';

import { ErrorView } from '@/components/error-view';

export default function RootError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg items-center px-4">
      <div className="w-full">
        <ErrorView error={error} reset={reset} />
      </div>
    </main>
  );
}
