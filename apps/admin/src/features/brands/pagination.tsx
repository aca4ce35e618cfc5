import { ChevronLeft, ChevronRight } from 'lucide-react';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { format } from '@/lib/messages/format';
import type { Messages } from '@/lib/messages/tr';

type Props = {
  page: number;
  pageSize: number;
  total: number;
  query?: string;
  t: Messages['brands'];
  numberLocale: string;
};

function pageHref(page: number, query?: string): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/brands?${search}` : '/brands';
}

export function Pagination({ page, pageSize, total, query, t, numberLocale }: Props) {
  const formatter = new Intl.NumberFormat(numberLocale);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : Math.min(total, (page - 1) * pageSize + 1);
  const to = Math.min(total, page * pageSize);
  return (
    <nav aria-label={t.pagination} className="flex items-center justify-between gap-3 px-3 py-2.5">
      <p className="tabular text-xs text-muted-foreground" data-testid="brand-range">
        {format(t.range, {
          from: formatter.format(from),
          to: formatter.format(to),
          total: formatter.format(total),
        })}
      </p>
      <div className="flex items-center gap-1.5">
        <PageLink
          href={page > 1 ? pageHref(page - 1, query) : null}
          label={t.previous}
          direction="previous"
        />
        <span className="tabular px-1 text-xs text-muted-foreground">
          {formatter.format(Math.min(page, pages))} / {formatter.format(pages)}
        </span>
        <PageLink href={page < pages ? pageHref(page + 1, query) : null} label={t.next} direction="next" />
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
