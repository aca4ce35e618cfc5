import { CategoryPageSkeleton } from '@/components/listings/category-page-skeleton';

/** Shown during client-side navigation while a category × brand page loads. */
export default function LandingLoading() {
  return <CategoryPageSkeleton />;
}
