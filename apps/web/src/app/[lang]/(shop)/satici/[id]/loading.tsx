import { ListingGridSkeleton } from '@/components/listings/listing-grid-skeleton';
import { Container } from '@/components/ui/container';
import { Skeleton } from '@/components/ui/skeleton';

/** Storefront-shaped skeleton: the seller's header card, then the grid. */
export default function StorefrontLoading() {
  return (
    <Container className="pt-6 sm:pt-8" aria-busy="true">
      <span className="sr-only">Yükleniyor…</span>
      <Skeleton className="h-4 w-48" />
      <div className="mt-5 flex items-center gap-5 rounded-lg border border-line bg-surface p-5 sm:p-7">
        <Skeleton className="h-16 w-16 rounded-full sm:h-20 sm:w-20" />
        <div className="flex-1 space-y-2">
          <Skeleton className="h-8 w-56" />
          <Skeleton className="h-4 w-full max-w-sm" />
        </div>
      </div>
      <Skeleton className="mt-8 h-7 w-32" />
      <div className="mt-4">
        <ListingGridSkeleton />
      </div>
    </Container>
  );
}
