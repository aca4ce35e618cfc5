import { Card } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';

export function TableSkeleton({ rows = 12, toolbar = false }: { rows?: number; toolbar?: boolean }) {
  return (
    <div aria-busy="true" className="flex flex-col gap-4 md:gap-6">
      <div className="space-y-2">
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      {toolbar ? <Skeleton className="h-9 w-full max-w-sm" /> : null}
      <Card className="overflow-hidden">
        <div className="flex gap-6 border-b bg-muted/50 px-3 py-3">
          <Skeleton className="h-3 w-24" />
          <Skeleton className="h-3 w-20" />
          <Skeleton className="ml-auto h-3 w-16" />
        </div>
        {Array.from({ length: rows }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder rows
          <div key={index} className="flex items-center gap-6 border-b px-3 py-2.5 last:border-0">
            <Skeleton className="h-4" style={{ width: `${30 + ((index * 37) % 35)}%` }} />
            <Skeleton className="h-4 w-24" />
            <Skeleton className="ml-auto h-4 w-10" />
          </div>
        ))}
      </Card>
    </div>
  );
}
