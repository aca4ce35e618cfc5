import type { ReactNode } from 'react';
import { getCategories } from '@/lib/api';
import { toLocale } from '@/lib/i18n/locale';

type Props = { children: ReactNode; params: { lang: string } };

/**
 * Loads the category tree before anything streams, so an unreachable API answers 500 (error.tsx) instead of a
 * 200 whose body later turns into an error. The page reuses this request (getCategories is memoised per request);
 * loading.tsx still shows during client-side navigation.
 */
export default async function HomeLayout({ children, params }: Props) {
  await getCategories(toLocale(params.lang));
  return children;
}
