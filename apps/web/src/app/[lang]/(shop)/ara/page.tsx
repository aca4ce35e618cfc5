import type { CategoryNode } from '@tarodan/contracts';
import { Search } from 'lucide-react';
import type { Metadata } from 'next';
import { ChipLink } from '@/components/ui/chip';
import { Container } from '@/components/ui/container';
import { EmptyState } from '@/components/ui/empty-state';
import { getCategories } from '@/lib/api';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { type Locale, localePath, toLocale } from '@/lib/i18n/locale';

type Props = { params: { lang: string }; searchParams: { q?: string | string[] } };

export function generateMetadata({ params }: Props): Metadata {
  const t = getDictionary(toLocale(params.lang)).search;
  return { title: t.title, robots: { index: false, follow: true } };
}

async function categoriesOrNone(locale: Locale): Promise<CategoryNode[]> {
  try {
    return await getCategories(locale);
  } catch {
    return [];
  }
}

/** Placeholder until product search (Elasticsearch) ships: echoes the query and offers the categories. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = toLocale(params.lang);
  const t = getDictionary(locale).search;
  const raw = Array.isArray(searchParams.q) ? searchParams.q[0] : searchParams.q;
  const query = raw?.trim().slice(0, 80);
  const categories = await categoriesOrNone(locale);
  return (
    <Container className="pt-8 sm:pt-10">
      <h1 className="text-3xl font-extrabold tracking-[-0.03em] text-ink">{t.title}</h1>
      {query ? (
        <p className="mt-2 text-ink-muted">
          {t.youSearched} <span className="font-semibold text-ink">“{query}”</span>
        </p>
      ) : null}
      <EmptyState
        className="mt-8"
        icon={<Search className="h-7 w-7" aria-hidden="true" />}
        title={t.soon}
        description={t.lead}
        actions={
          categories.length > 0 ? (
            <ul className="flex max-w-2xl flex-wrap justify-center gap-2">
              {categories.map((category) => (
                <li key={category.id}>
                  <ChipLink
                    href={localePath(locale, `/kategori/${category.slug}`)}
                    className="px-4 py-2 text-ink"
                  >
                    {category.name}
                  </ChipLink>
                </li>
              ))}
            </ul>
          ) : null
        }
      />
    </Container>
  );
}
