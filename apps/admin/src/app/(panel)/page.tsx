import { ArrowRight, Boxes, FolderTree, Package, ShieldCheck, Tags } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { BreakdownTable } from '@/features/dashboard/breakdown-table';
import { CategoryChartLazy } from '@/features/dashboard/category-chart-lazy';
import { StatCard } from '@/features/dashboard/stat-card';
import { getBrands, getCategoryCounts } from '@/lib/api';
import { withSession } from '@/lib/auth';
import { getLocale, getMessages, intlLocale } from '@/lib/i18n';
import { listModerationQueue } from '@/lib/moderation-api';

export const dynamic = 'force-dynamic';

export function generateMetadata(): Metadata {
  return { title: getMessages().dashboard.title };
}

export default async function DashboardPage() {
  const locale = getLocale();
  const t = getMessages(locale).dashboard;
  const numberLocale = intlLocale(locale);
  const [counts, brands, pendingReview] = await Promise.all([
    withSession((token) => getCategoryCounts(token, locale)),
    withSession((token) => getBrands(token, { limit: 1, offset: 0 })),
    // A count beside the catalogue, not part of it: when the queue cannot be read the line is simply left out.
    withSession((token) => listModerationQueue(token, { limit: 1, offset: 0, locale })).then(
      (page) => page.total,
      () => null,
    ),
  ]);

  const formatter = new Intl.NumberFormat(numberLocale);
  const subcategories = counts.reduce((sum, row) => sum + row.subcategories, 0);
  const listings = counts.reduce((sum, row) => sum + row.listings, 0);
  const rows = counts.map(({ slug, name, subcategories, listings }) => ({
    slug,
    name,
    subcategories,
    listings,
  }));

  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      {pendingReview === null ? null : (
        <Link
          href="/moderation"
          data-testid="pending-review"
          className="group flex items-center gap-3 rounded-lg border bg-card px-4 py-2.5 text-sm shadow-sm transition-colors hover:bg-muted/40 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <span className="flex size-7 shrink-0 items-center justify-center rounded-md bg-amber-500/15 text-amber-700 dark:text-amber-300">
            <ShieldCheck className="size-4" aria-hidden="true" />
          </span>
          <span className="min-w-0 flex-1">
            <span className="font-medium">{t.pendingReview}: </span>
            <span className="tabular font-semibold" data-testid="pending-review-count">
              {formatter.format(pendingReview)}
            </span>
            <span className="hidden text-muted-foreground sm:inline"> · {t.pendingReviewHint}</span>
          </span>
          <span className="flex items-center gap-1 text-xs text-muted-foreground group-hover:text-foreground">
            {t.pendingReviewLink}
            <ArrowRight className="size-3.5" aria-hidden="true" />
          </span>
        </Link>
      )}
      <section className="grid grid-cols-2 gap-3 lg:grid-cols-4" aria-label={t.title}>
        <StatCard
          id="top-level"
          label={t.topLevel}
          value={formatter.format(counts.length)}
          hint={t.topLevelHint}
          icon={FolderTree}
        />
        <StatCard
          id="subcategories"
          label={t.subcategories}
          value={formatter.format(subcategories)}
          hint={t.subcategoriesHint}
          icon={Boxes}
        />
        <StatCard
          id="brands"
          label={t.brands}
          value={formatter.format(brands.total)}
          hint={t.brandsHint}
          icon={Tags}
        />
        <StatCard
          id="listings"
          label={t.listings}
          value={formatter.format(listings)}
          hint={t.listingsHint}
          icon={Package}
        />
      </section>
      {rows.length === 0 ? (
        <EmptyState icon={FolderTree} title={t.emptyTitle}>
          {t.emptyText}
        </EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-3">
          <Card className="min-w-0 lg:col-span-2">
            <CardHeader>
              <CardTitle>{t.chartTitle}</CardTitle>
              <CardDescription>{t.chartDescription}</CardDescription>
            </CardHeader>
            <CardContent>
              <CategoryChartLazy rows={rows} t={t} numberLocale={numberLocale} />
            </CardContent>
          </Card>
          <Card className="min-w-0">
            <CardHeader>
              <CardTitle>{t.tableTitle}</CardTitle>
            </CardHeader>
            <CardContent className="px-0 pb-2">
              <BreakdownTable rows={rows} t={t} numberLocale={numberLocale} />
            </CardContent>
          </Card>
        </div>
      )}
    </>
  );
}
