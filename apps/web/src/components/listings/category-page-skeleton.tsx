import { Container } from '@/components/ui/container';
import { Skeleton } from '@/components/ui/skeleton';
import { ListingGridSkeleton } from './listing-grid-skeleton';

/** A category-shaped page while it loads: breadcrumb, icon and title, subcategory chips, then the grid. */
export function CategoryPageSkeleton() {
  return (
    <Container className="pt-6 sm:pt-8" aria-busy="true">
      <span className="sr-only">Yükleniyor…</span>
      <Skeleton className="h-4 w-48" />
      <div className="mt-5 flex items-center gap-4">
        <Skeleton className="h-16 w-16 rounded-lg sm:h-20 sm:w-20" />
        <div className="flex-1 space-y-2">
          <Skeleton className="h-8 w-64" />
          <Skeleton className="h-4 w-full max-w-md" />
        </div>
      </div>
      <div className="mt-8 flex flex-wrap gap-2">
        {[28, 24, 32, 20, 28].map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <Skeleton key={i} className="h-10 rounded-full" style={{ width: `${w * 4}px` }} />
        ))}
      </div>
      <div className="mt-10">
        <ListingGridSkeleton />
      </div>
    </Container>
  );
}
