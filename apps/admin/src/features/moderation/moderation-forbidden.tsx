import { ShieldAlert } from 'lucide-react';
import Link from 'next/link';
import { EmptyState } from '@/components/empty-state';
import { Button } from '@/components/ui/button';
import type { Messages } from '@/lib/messages/tr';

/** What a 403 from the moderation routes looks like: the API said no, the panel says so instead of an error page. */
export function ModerationForbidden({ t, home }: { t: Messages['moderation']; home: string }) {
  return (
    <EmptyState icon={ShieldAlert} title={t.forbiddenTitle} className="py-16">
      <p data-testid="moderation-forbidden">{t.forbiddenText}</p>
      <Button variant="outline" size="sm" asChild className="mt-3">
        <Link href="/">{home}</Link>
      </Button>
    </EmptyState>
  );
}
