import { ChevronLeft, ChevronRight } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { format } from '@/lib/messages/format';

export type PaginationTexts = { range: string; previous: string; next: string; pagination: string };

type Props = {
  page: number;
  pageSize: number;
  total: number;
  /** The list's path and the query it keeps (filters); `page` is added for pages after the first. */
  path: string;
  params?: Record<string, string | undefined>;
  t: PaginationTexts;
  numberLocale: string;
  rangeTestId?: string;
};

export function pageHref(path: string, params: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (page > 1) query.set('page', String(page));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** "1–25 of 312" and previous/next links that keep the list's filters in the URL. */
export function Pagination({
  page,
  pageSize,
  total,
  path,
  params = {},
  t,
  numberLocale,
  rangeTestId,
}: Props) {
  const formatter = new Intl.NumberFormat(numberLocale);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t.pagination} className="flex items-center justify-between gap-3 px-3 py-2.5">
      <p className="tabular text-xs text-muted-foreground" data-testid={rangeTestId}>
        {format(t.range, {
          from: formatter.format(from),
          to: formatter.format(to),
          total: formatter.format(total),
        })}
      </p>
      <div className="flex items-center gap-1.5">
        <PageLink
          href={page > 1 ? pageHref(path, params, page - 1) : null}
          label={t.previous}
          direction="previous"
        />
        <span className="tabular px-1 text-xs text-muted-foreground">
          {formatter.format(Math.min(page, pages))} / {formatter.format(pages)}
        </span>
        <PageLink
          href={page < pages ? pageHref(path, params, page + 1) : null}
          label={t.next}
          direction="next"
        />
      </div>
    </nav>
  );
}

function PageLink({
  href,
  label,
  direction,
}: {
  href: string | null;
  label: string;
  direction: 'previous' | 'next';
}) {
  const icon =
    direction === 'previous' ? <ChevronLeft aria-hidden="true" /> : <ChevronRight aria-hidden="true" />;
  const content = (
    <>
      {direction === 'previous' ? icon : null}
      <span className="hidden sm:inline">{label}</span>
      {direction === 'next' ? icon : null}
    </>
  );
  if (!href) {
    return (
      <Button variant="outline" size="sm" disabled aria-label={label}>
        {content}
      </Button>
    );
  }
  return (
    <Button variant="outline" size="sm" asChild>
      <Link href={href} aria-label={label} rel={direction === 'next' ? 'next' : 'prev'} scroll={false}>
        {content}
      </Link>
    </Button>
  );
}
