import { UserX } from 'lucide-react';
import Link from 'next/link';
import { EmptyState } from '@/components/empty-state';
import { Button } from '@/components/ui/button';
import { getMessages } from '@/lib/i18n';

export default function UserNotFound() {
  const t = getMessages().users;
  return (
    <EmptyState icon={UserX} title={t.notFoundTitle}>
      <p>{t.notFoundText}</p>
      <Button variant="outline" size="sm" asChild className="mt-3">
        <Link href="/users">{t.back}</Link>
      </Button>
    </EmptyState>
  );
}
