import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { toLocale } from '@/lib/i18n/locale';

/** Next 14 resolves a not-found.tsx's own metadata, with the segment's params, when it answers a 404. */
export function generateMetadata({ params }: { params?: { lang?: string } }): Metadata {
  const t = getDictionary(toLocale(params?.lang)).notFound;
  return { title: t.title, robots: { index: false } };
}

export default function NotFound() {
  return <NotFoundContent />;
}
