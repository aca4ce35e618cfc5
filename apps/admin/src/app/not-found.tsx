import { FileQuestion } from 'lucide-react';
import Link from 'next/link';
import { BrandMark } from '@/components/brand-mark';
import { Button } from '@/components/ui/button';
import { getMessages } from '@/lib/i18n';

export default function NotFound() {
  const messages = getMessages();
  const t = messages.errors;
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 bg-muted/40 px-4 text-center">
      <BrandMark subtitle={messages.app.panel} />
      <div className="flex flex-col items-center gap-3 rounded-lg border bg-card px-8 py-10 shadow-sm">
        <div className="flex size-10 items-center justify-center rounded-full bg-muted text-muted-foreground">
          <FileQuestion className="size-5" aria-hidden="true" />
        </div>
        <p className="text-4xl font-bold tracking-tight text-brand">404</p>
        <h1 className="text-base font-semibold">{t.notFoundTitle}</h1>
        <p className="max-w-xs text-sm text-muted-foreground">{t.notFoundText}</p>
        <Button size="sm" asChild className="mt-2">
          <Link href="/">{t.home}</Link>
        </Button>
      </div>
    </main>
  );
}
