import Link from 'next/link';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { Messages } from '@/lib/messages/tr';
import type { ChartRow } from './category-chart';

type Props = { rows: ChartRow[]; t: Messages['dashboard']; numberLocale: string };

export function BreakdownTable({ rows, t, numberLocale }: Props) {
  const formatter = new Intl.NumberFormat(numberLocale);
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t.category}</TableHead>
          <TableHead className="whitespace-normal text-right leading-tight">{t.tabSubcategories}</TableHead>
          <TableHead className="whitespace-normal text-right leading-tight">{t.tabListings}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.slug}>
            <TableCell className="max-w-[12rem] truncate py-1.5">
              <Link
                href={`/categories#${row.slug}`}
                className="hover:text-primary hover:underline dark:hover:text-brand"
              >
                {row.name}
              </Link>
            </TableCell>
            <TableCell className="tabular py-1.5 text-right">{formatter.format(row.subcategories)}</TableCell>
            <TableCell className="tabular py-1.5 text-right text-muted-foreground">
              {formatter.format(row.listings)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
