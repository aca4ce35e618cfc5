import type { ZeroResultQuery, ZeroResultSort } from '@tarodan/contracts';
import { ExternalLink } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { format } from '@/lib/messages/format';
import type { Messages } from '@/lib/messages/tr';
import { ResolveButton } from './resolve-button';

type Props = {
  items: ZeroResultQuery[];
  /** The storefront's search page for a query. */
  siteSearch: (query: string) => string;
  back: { q: string; sort: ZeroResultSort; page: number };
  t: Messages['searchInsights'];
  numberFormat: Intl.NumberFormat;
  dateTimeFormat: Intl.DateTimeFormat;
};

/** One row per query: how often and when last searched, a link to try it on the site, and "handled". */
export function ZeroResultTable({ items, siteSearch, back, t, numberFormat, dateTimeFormat }: Props) {
  const most = Math.max(1, ...items.map((item) => item.count));
  return (
    <Table data-testid="zero-result-table" aria-label={t.tableLabel}>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead>{t.query}</TableHead>
          <TableHead className="hidden w-40 text-right sm:table-cell">{t.count}</TableHead>
          <TableHead className="hidden w-40 text-right md:table-cell">{t.lastSeen}</TableHead>
          <TableHead className="w-px text-right">
            <span className="sr-only">{t.actions}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => {
          const count = numberFormat.format(item.count);
          const lastSeen = dateTimeFormat.format(new Date(item.lastSeenAt));
          return (
            <TableRow key={item.query} data-query={item.query}>
              <TableCell className="max-w-0 py-2 sm:max-w-none">
                <div className="flex min-w-0 flex-col gap-0.5 leading-tight">
                  <span className="font-medium [overflow-wrap:anywhere]" data-testid="zero-result-query">
                    {item.query}
                  </span>
                  <span className="tabular text-xs text-muted-foreground md:hidden">
                    <span className="font-medium text-foreground sm:hidden">
                      {format(t.times, { n: count })}
                    </span>
                    <span className="sm:hidden"> · </span>
                    <time dateTime={item.lastSeenAt}>{lastSeen}</time>
                  </span>
                </div>
              </TableCell>
              <TableCell className="hidden py-2 sm:table-cell">
                <div className="flex items-center justify-end gap-2.5">
                  <span aria-hidden="true" className="h-1.5 w-16 overflow-hidden rounded-full bg-muted">
                    <span
                      className="block h-full rounded-full bg-brand/70"
                      style={{ width: `${Math.max(6, Math.round((item.count / most) * 100))}%` }}
                    />
                  </span>
                  <span className="tabular w-10 text-right font-medium" data-testid="zero-result-count">
                    {count}
                  </span>
                </div>
              </TableCell>
              <TableCell className="tabular hidden whitespace-nowrap py-2 text-right text-xs text-muted-foreground md:table-cell">
                <time dateTime={item.lastSeenAt}>{lastSeen}</time>
              </TableCell>
              <TableCell className="py-2 align-top sm:align-middle">
                <div className="flex items-start justify-end gap-1.5">
                  <Button variant="ghost" size="sm" asChild className="px-2.5 text-muted-foreground sm:px-3">
                    <a
                      href={siteSearch(item.query)}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-label={format(t.openOnSiteLabel, { query: item.query })}
                      title={format(t.openOnSiteLabel, { query: item.query })}
                    >
                      <ExternalLink aria-hidden="true" />
                      <span className="hidden lg:inline">{t.openOnSite}</span>
                    </a>
                  </Button>
                  <ResolveButton query={item.query} back={back} t={t} />
                </div>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
