import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { toLocale } from '@/lib/i18n/locale';
import { getStorefront } from '@/lib/listings-api';

type Props = { children: ReactNode; params: { lang: string; id: string } };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An unknown seller is a real 404, decided before the page streams (the page reuses the memoised answer). */
export default async function StorefrontLayout({ children, params }: Props) {
  if (!UUID.test(params.id)) notFound();
  const seller = await getStorefront(params.id.toLowerCase(), toLocale(params.lang));
  if (!seller) notFound();
  return children;
}
