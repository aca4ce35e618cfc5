import type { Brand } from '@tarodan/contracts';
import { ExternalLink } from 'lucide-react';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { Messages } from '@/lib/messages/tr';

function hostname(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

type Props = { brands: Brand[]; t: Messages['brands']; numberLocale: string };

export function BrandTable({ brands, t, numberLocale }: Props) {
  const countries = new Intl.DisplayNames([numberLocale], { type: 'region' });
  return (
    <Table data-testid="brand-table">
      <TableHeader>
        <TableRow>
          <TableHead>{t.name}</TableHead>
          <TableHead className="hidden md:table-cell">{t.slug}</TableHead>
          <TableHead>{t.country}</TableHead>
          <TableHead className="text-right">{t.founded}</TableHead>
          <TableHead className="hidden sm:table-cell">{t.website}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {brands.map((brand) => {
          const href = brand.website ? safeHref(brand.website) : null;
          return (
            <TableRow key={brand.id}>
              <TableCell className="py-1.5 font-medium">{brand.name}</TableCell>
              <TableCell className="hidden py-1.5 md:table-cell">
                <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-[11px] text-muted-foreground">
                  {brand.slug}
                </code>
              </TableCell>
              <TableCell className="whitespace-nowrap py-1.5">
                {brand.country ? (
                  <span
                    className="flex items-center gap-2"
                    title={countries.of(brand.country) ?? brand.country}
                  >
                    <code className="w-7 shrink-0 rounded bg-muted py-0.5 text-center font-mono text-[11px] font-medium text-muted-foreground">
                      {brand.country}
                    </code>
                    <span className="hidden truncate sm:inline">
                      {countries.of(brand.country) ?? brand.country}
                    </span>
                  </span>
                ) : (
                  <span className="text-muted-foreground/60">—</span>
                )}
              </TableCell>
              <TableCell className="tabular py-1.5 text-right text-muted-foreground">
                {brand.founded ?? '—'}
              </TableCell>
              <TableCell className="hidden max-w-[14rem] py-1.5 sm:table-cell">
                {href && brand.website ? (
                  <a
                    href={href}
                    target="_blank"
                    rel="noopener noreferrer nofollow"
                    className="inline-flex max-w-full items-center gap-1 text-muted-foreground hover:text-primary hover:underline dark:hover:text-brand"
                  >
                    <span className="truncate">{hostname(brand.website)}</span>
                    <ExternalLink className="size-3 shrink-0" aria-hidden="true" />
                  </a>
                ) : (
                  <span className="text-muted-foreground/60">—</span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
