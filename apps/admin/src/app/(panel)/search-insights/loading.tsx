import { TableSkeleton } from '@/features/table-skeleton';

export default function Loading() {
  return <TableSkeleton rows={10} toolbar />;
}
