import { Pagination as ListPagination } from '@/components/pagination';
import type { Messages } from '@/lib/messages/tr';

type Props = {
  page: number;
  pageSize: number;
  total: number;
  query?: string;
  t: Messages['brands'];
  numberLocale: string;
};

export function Pagination({ page, pageSize, total, query, t, numberLocale }: Props) {
  return (
    <ListPagination
      page={page}
      pageSize={pageSize}
      total={total}
      path="/brands"
      params={{ q: query }}
      t={t}
      numberLocale={numberLocale}
      rangeTestId="brand-range"
    />
  );
}
