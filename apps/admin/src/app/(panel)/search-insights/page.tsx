import { type ZeroResultSort, zeroResultSorts } from '@tarodan/contracts';
import { CheckCircle2, SearchCheck, SearchX, ShieldAlert } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { siteSearchUrl } from '@/features/search-insights/site-search-url';
import { ZeroResultTable } from '@/features/search-insights/zero-result-table';
import { ZeroResultToolbar } from '@/features/search-insights/zero-result-toolbar';
import { ApiError } from '@/lib/api';
import { withSession } from '@/lib/auth';
import { webBaseUrl } from '@/lib/config';
import { getLocale, getMessages, intlLocale } from '@/lib/i18n';
import { format } from '@/lib/messages/format';
import { listZeroResults } from '@/lib/search-insights-api';
import { firstParam, pageParam } from '@/lib/search-params';
import { SEARCH_INSIGHTS_PATH, searchInsightsHref } from './search-insights-href';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 25;
const MAX_QUERY_LENGTH = 100;

type SearchParams = {
  q?: string | string[];
  sort?: string | string[];
  page?: string | string[];
  done?: string | string[];
};

export function generateMetadata(): Metadata {
  return { title: getMessages().searchInsights.title };
}

export default async function SearchInsightsPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = getLocale();
  const messages = getMessages(locale);
  const t = messages.searchInsights;
  const q = firstParam(searchParams.q)?.trim().slice(0, MAX_QUERY_LENGTH) || undefined;
  const sort: ZeroResultSort = zeroResultSorts.find((s) => s === firstParam(searchParams.sort)) ?? 'count';
  const page = pageParam(searchParams.page);
  const done = firstParam(searchParams.done)?.slice(0, 200) || undefined;

  let result: Awaited<ReturnType<typeof listZeroResults>>;
  try {
    result = await withSession((token) => listZeroResults(token, { q, sort, page, limit: PAGE_SIZE }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) {
      return (
        <>
          <PageHeader title={t.title} />
          <EmptyState icon={ShieldAlert} title={t.forbiddenTitle} className="py-16">
            <p data-testid="search-insights-forbidden">{t.forbiddenText}</p>
            <Button variant="outline" size="sm" asChild className="mt-3">
              <Link href="/">{messages.errors.home}</Link>
            </Button>
          </EmptyState>
        </>
      );
    }
    throw error;
  }
  // The last row of a later page was just handled: show the new last page rather than an empty one.
  if (result.items.length === 0 && page > 1 && result.total > 0) {
    redirect(searchInsightsHref({ q, sort, done }, Math.ceil(result.total / PAGE_SIZE)));
  }

  const numberLocale = intlLocale(locale);
  const numberFormat = new Intl.NumberFormat(numberLocale);
  const dateTimeFormat = new Intl.DateTimeFormat(numberLocale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Istanbul',
  });
  const web = webBaseUrl();

  return (
    <>
      <PageHeader title={t.title} description={t.description}>
        <Badge variant={result.total > 0 ? 'warning' : 'outline'} data-testid="search-insights-total">
          {format(t.total, { n: numberFormat.format(result.total) })}
        </Badge>
      </PageHeader>
      {done ? (
        <Alert data-testid="search-insights-done" className="py-2">
          <CheckCircle2 aria-hidden="true" className="text-success" />
          <span className="[overflow-wrap:anywhere]">{format(t.resolvedDone, { query: `“${done}”` })}</span>
        </Alert>
      ) : null}
      <ZeroResultToolbar initial={{ q: q ?? '', sort }} sorts={zeroResultSorts} t={t} />
      {result.items.length === 0 ? (
        <EmptyState
          icon={q ? SearchX : SearchCheck}
          title={q ? t.emptyFilteredTitle : t.emptyTitle}
          className="py-16"
        >
          <p data-testid="search-insights-empty">{q ? format(t.emptyFilteredText, { q }) : t.emptyText}</p>
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-2">
          <Card className="overflow-hidden">
            <ZeroResultTable
              items={result.items}
              siteSearch={(query) => siteSearchUrl(web, locale, query)}
              back={{ q: q ?? '', sort, page }}
              t={t}
              numberFormat={numberFormat}
              dateTimeFormat={dateTimeFormat}
            />
            <div className="border-t">
              <Pagination
                page={page}
                pageSize={PAGE_SIZE}
                total={result.total}
                path={SEARCH_INSIGHTS_PATH}
                params={{ q, sort: sort === 'count' ? undefined : sort }}
                t={t}
                numberLocale={numberLocale}
                rangeTestId="search-insights-range"
              />
            </div>
          </Card>
          <p className="text-xs text-muted-foreground">{t.hint}</p>
        </div>
      )}
    </>
  );
}
