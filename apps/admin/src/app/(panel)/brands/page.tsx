import { SearchX, Tags } from 'lucide-react';
import type { Metadata } from 'next';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Card } from '@/components/ui/card';
import { BrandSearch } from '@/features/brands/brand-search';
import { BrandTable } from '@/features/brands/brand-table';
import { Pagination } from '@/features/brands/pagination';
import { getBrands } from '@/lib/api';
import { withSession } from '@/lib/auth';
import { getLocale, getMessages, intlLocale } from '@/lib/i18n';
import { format } from '@/lib/messages/format';
import { firstParam, pageParam } from '@/lib/search-params';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 25;
const MAX_QUERY_LENGTH = 60;

type SearchParams = { q?: string | string[]; page?: string | string[] };

export function generateMetadata(): Metadata {
  return { title: getMessages().brands.title };
}

export default async function BrandsPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = getLocale();
  const t = getMessages(locale).brands;
  const numberLocale = intlLocale(locale);
  const query = firstParam(searchParams.q)?.trim().slice(0, MAX_QUERY_LENGTH) || undefined;
  const page = pageParam(searchParams.page, 10_000);
  const result = await withSession((token) =>
    getBrands(token, { q: query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, locale }),
  );

  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <BrandSearch initialQuery={query ?? ''} t={t} />
      {result.items.length === 0 && page === 1 ? (
        <EmptyState icon={query ? SearchX : Tags} title={t.emptyTitle}>
          {query ? format(t.emptyText, { q: query }) : t.emptyAll}
        </EmptyState>
      ) : (
        <Card className="overflow-hidden">
          <BrandTable brands={result.items} t={t} numberLocale={numberLocale} />
          <div className="border-t">
            <Pagination
              page={page}
              pageSize={PAGE_SIZE}
              total={result.total}
              query={query}
              t={t}
              numberLocale={numberLocale}
            />
          </div>
        </Card>
      )}
    </>
  );
}
