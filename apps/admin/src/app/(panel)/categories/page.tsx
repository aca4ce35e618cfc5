import { FolderTree } from 'lucide-react';
import type { Metadata } from 'next';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { CategoryTable } from '@/features/categories/category-table';
import { getCategoryTree } from '@/lib/api';
import { withSession } from '@/lib/auth';
import { getLocale, getMessages, intlLocale } from '@/lib/i18n';
import { format } from '@/lib/messages/format';

export const dynamic = 'force-dynamic';

export function generateMetadata(): Metadata {
  return { title: getMessages().categories.title };
}

export default async function CategoriesPage() {
  const locale = getLocale();
  const t = getMessages(locale).categories;
  const tree = await withSession((token) => getCategoryTree(token, locale));
  const subcategories = tree.reduce((sum, node) => sum + node.children.length, 0);

  return (
    <>
      <PageHeader title={t.title} description={t.description}>
        <Badge variant="secondary" className="tabular px-2 py-1 text-xs">
          {format(t.summary, { top: tree.length, sub: subcategories })}
        </Badge>
      </PageHeader>
      {tree.length === 0 ? (
        <EmptyState icon={FolderTree} title={t.emptyTitle}>
          {t.emptyText}
        </EmptyState>
      ) : (
        <Card className="overflow-hidden">
          <CategoryTable tree={tree} t={t} numberLocale={intlLocale(locale)} />
        </Card>
      )}
    </>
  );
}
