import { Container } from '@/components/ui/container';
import { Skeleton } from '@/components/ui/skeleton';

/** Listing-shaped skeleton: the square photo with thumbnails, and the price box beside it. */
export default function ListingLoading() {
  return (
    <Container className="pt-6 sm:pt-8" aria-busy="true">
      <span className="sr-only">Yükleniyor…</span>
      <Skeleton className="h-4 w-64" />
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
        <div className="flex flex-col gap-3">
          <Skeleton className="aspect-square rounded-lg" />
          <div className="flex gap-2">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-16 w-16 rounded-md sm:h-20 sm:w-20" />
            ))}
          </div>
        </div>
        <div className="flex flex-col gap-4">
          <Skeleton className="h-8 w-3/4" />
          <Skeleton className="h-10 w-40" />
          <Skeleton className="h-6 w-48 rounded-full" />
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-28 w-full rounded-lg" />
          <Skeleton className="h-24 w-full rounded-lg" />
        </div>
      </div>
    </Container>
  );
}
