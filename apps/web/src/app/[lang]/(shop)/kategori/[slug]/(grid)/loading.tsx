import { CategoryPageSkeleton } from '@/components/listings/category-page-skeleton';

/** Shown during client-side navigation while the category and its listings load. */
export default function CategoryLoading() {
  return <CategoryPageSkeleton />;
}
