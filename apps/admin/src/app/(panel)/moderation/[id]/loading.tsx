import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

export default function Loading() {
  return (
    <div aria-busy="true" className="flex flex-col gap-4 md:gap-6">
      <Skeleton className="h-8 w-32" />
      <div className="flex flex-col gap-3 sm:flex-row sm:justify-between">
        <div className="space-y-2">
          <Skeleton className="h-6 w-72 max-w-full" />
          <Skeleton className="h-4 w-48" />
        </div>
        <div className="flex gap-2">
          <Skeleton className="h-8 w-24" />
          <Skeleton className="h-8 w-24" />
        </div>
      </div>
      <Skeleton className="h-16 w-full" />
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <Card className="p-3">
          <Skeleton className="aspect-[4/3] w-full" />
        </Card>
        <div className="flex flex-col gap-4">
          {[0, 1].map((card) => (
            <Card key={card} className="space-y-3 p-4">
              <Skeleton className="h-4 w-24" />
              {[0, 1, 2, 3].map((row) => (
                <Skeleton key={row} className="h-4 w-full" />
              ))}
            </Card>
          ))}
        </div>
      </div>
    </div>
  );
}
