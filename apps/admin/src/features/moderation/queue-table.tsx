import { formatTry, type Locale, type ModerationQueueItem } from '@tarodan/contracts';
import Link from 'next/link';
import { Table, TableBody, TableCell, TableHead, TableHeader } from '@/components/ui/table';
import type { Messages } from '@/lib/messages/tr';
import { FindingList } from './finding-badges';
import { ListingThumb } from './listing-thumb';
import { QueueRow } from './queue-row';

type Props = {
  items: ModerationQueueItem[];
  t: Messages['moderation'];
  locale: Locale;
  dateTimeFormat: Intl.DateTimeFormat;
};

/** One dense row per listing waiting for review, oldest first; a click (or Enter on the title) opens the preview. */
export function QueueTable({ items, t, locale, dateTimeFormat }: Props) {
  return (
    <Table data-testid="moderation-queue" aria-label={t.queueLabel}>
      <TableHeader>
        <tr className="border-b">
          <TableHead className="w-14 pr-0">
            <span className="sr-only">{t.photo}</span>
          </TableHead>
          <TableHead>{t.listing}</TableHead>
          <TableHead className="hidden md:table-cell">{t.seller}</TableHead>
          <TableHead className="hidden 2xl:table-cell">{t.category}</TableHead>
          <TableHead className="hidden text-right sm:table-cell">{t.price}</TableHead>
          <TableHead className="hidden lg:table-cell">{t.findings}</TableHead>
          <TableHead className="hidden text-right sm:table-cell">{t.submitted}</TableHead>
        </tr>
      </TableHeader>
      <TableBody>
        {items.map(({ listing, submittedAt }) => {
          const href = `/moderation/${listing.id}`;
          const price = formatTry(listing.priceKurus, locale);
          const submitted = dateTimeFormat.format(new Date(submittedAt));
          return (
            <QueueRow key={listing.id} id={listing.id} href={href}>
              <TableCell className="w-14 py-1.5 pr-0 align-top">
                <ListingThumb image={listing.cover} size={44} label={t.noPhoto} />
              </TableCell>
              <TableCell className="max-w-0 py-1.5 align-top md:min-w-[14rem] md:max-w-none">
                <div className="flex min-w-0 flex-col gap-0.5 leading-tight">
                  <Link
                    href={href}
                    data-queue-link=""
                    className="truncate rounded-sm font-medium hover:text-primary hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring dark:hover:text-brand md:whitespace-normal md:[overflow-wrap:anywhere]"
                  >
                    {listing.title}
                  </Link>
                  <span className="truncate text-xs text-muted-foreground 2xl:hidden">
                    <span className="md:hidden">{listing.seller.displayName} · </span>
                    {listing.category.name}
                  </span>
                  <span className="tabular text-xs sm:hidden">
                    <span className="font-medium">{price}</span>
                    <span className="text-muted-foreground"> · {submitted}</span>
                  </span>
                  <FindingList
                    findings={listing.findings}
                    t={t}
                    locale={locale}
                    dense
                    className="mt-1 lg:hidden"
                  />
                </div>
              </TableCell>
              <TableCell className="hidden py-1.5 align-top md:table-cell">
                <span className="block whitespace-nowrap">{listing.seller.displayName}</span>
                {listing.seller.city ? (
                  <span className="text-xs text-muted-foreground">{listing.seller.city}</span>
                ) : null}
              </TableCell>
              <TableCell className="hidden py-1.5 align-top 2xl:table-cell">
                <span className="whitespace-nowrap">{listing.category.name}</span>
              </TableCell>
              <TableCell className="tabular hidden whitespace-nowrap py-1.5 text-right align-top font-medium sm:table-cell">
                {price}
              </TableCell>
              <TableCell className="hidden w-64 py-1.5 align-top lg:table-cell">
                <FindingList findings={listing.findings} t={t} locale={locale} dense />
              </TableCell>
              <TableCell className="tabular hidden whitespace-nowrap py-1.5 text-right align-top text-xs text-muted-foreground sm:table-cell">
                <time dateTime={submittedAt}>{submitted}</time>
              </TableCell>
            </QueueRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
