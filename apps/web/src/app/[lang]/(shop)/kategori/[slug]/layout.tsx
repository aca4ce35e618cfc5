import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCategory } from '@/lib/api';
import { toLocale } from '@/lib/i18n/locale';

type Props = { children: ReactNode; params: { lang: string; slug: string } };

/**
 * Checks that the category exists before anything streams. The page below sits inside loading.tsx's Suspense
 * boundary, and a notFound() thrown there arrives after the 200 header is sent; thrown here, the answer is a real
 * 404. getCategory is memoised per request, so the page reuses this response.
 */
export default async function CategoryLayout({ children, params }: Props) {
  const detail = await getCategory(params.slug, toLocale(params.lang));
  if (!detail) notFound();
  return children;
}
