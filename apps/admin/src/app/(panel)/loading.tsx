import { DashboardSkeleton } from '@/features/dashboard/dashboard-skeleton';

export default function Loading() {
  return <DashboardSkeleton />;
}
