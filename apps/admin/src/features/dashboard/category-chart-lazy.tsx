'use client';

import dynamic from 'next/dynamic';
import { Skeleton } from '@/components/ui/skeleton';

/** Recharts is the heaviest script in the panel: load it beside the page instead of blocking the first paint. */
export const CategoryChartLazy = dynamic(
  () => import('./category-chart').then((module) => module.CategoryChart),
  {
    ssr: false,
    loading: () => (
      <div className="flex flex-col gap-3">
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-56 w-full" />
      </div>
    ),
  },
);
