import { PackageX } from 'lucide-react';
import Link from 'next/link';
import { EmptyState } from '@/components/empty-state';
import { Button } from '@/components/ui/button';
import { getMessages } from '@/lib/i18n';

export default function ListingNotFound() {
  const t = getMessages().moderation;
  return (
    <EmptyState icon={PackageX} title={t.notFoundTitle}>
      <p>{t.notFoundText}</p>
      <Button variant="outline" size="sm" asChild className="mt-3">
        <Link href="/moderation">{t.back}</Link>
      </Button>
    </EmptyState>
  );
}
