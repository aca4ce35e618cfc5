import { Container } from '@/components/ui/container';
import { Skeleton } from '@/components/ui/skeleton';

/** Home-shaped skeleton: hero text, then a grid of category cards. */
export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="sr-only">Yükleniyor…</span>
      <div className="border-b border-line bg-surface">
        <Container className="space-y-4 py-10 sm:py-14 lg:py-20">
          <Skeleton className="h-6 w-56 rounded-full" />
          <Skeleton className="h-12 w-full max-w-lg" />
          <Skeleton className="h-5 w-full max-w-md" />
          <div className="flex gap-3 pt-4">
            <Skeleton className="h-12 w-44" />
            <Skeleton className="h-12 w-40" />
          </div>
        </Container>
      </div>
      <Container className="pt-12">
        <Skeleton className="h-8 w-40" />
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {Array.from({ length: 6 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
            <li key={i} className="overflow-hidden rounded-lg border border-line bg-surface">
              <Skeleton className="aspect-[16/10] rounded-none" />
              <div className="space-y-2 p-4">
                <Skeleton className="h-5 w-2/3" />
                <Skeleton className="h-4 w-full" />
                <div className="flex gap-1.5 pt-2">
                  <Skeleton className="h-6 w-16 rounded-full" />
                  <Skeleton className="h-6 w-20 rounded-full" />
                </div>
              </div>
            </li>
          ))}
        </ul>
      </Container>
    </div>
  );
}
