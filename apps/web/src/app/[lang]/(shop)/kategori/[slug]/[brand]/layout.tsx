import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { toLocale } from '@/lib/i18n/locale';
import { loadLanding } from './load-landing';

type Props = { children: ReactNode; params: { lang: string; slug: string; brand: string } };

/**
 * An unknown brand, or a category × brand pair without active listings, answers a real 404 before anything
 * streams (the page sits inside loading.tsx's boundary; see the category layout).
 */
export default async function LandingLayout({ children, params }: Props) {
  const landing = await loadLanding(params.slug, params.brand, 1, toLocale(params.lang));
  if (!landing) notFound();
  return children;
}
