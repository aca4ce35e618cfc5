import type { CategoryNode } from '@tarodan/contracts';
import type { MetadataRoute } from 'next';
import { getCategories } from '@/lib/api';
import { absoluteUrl, languageAlternates } from '@/lib/site';

// Built at request time from the live category tree (the API is not there during `next build`).
export const dynamic = 'force-dynamic';

const staticPaths = ['/hakkimizda', '/yardim', '/kvkk', '/kullanim-kosullari'];

function flatten(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

function entries(path: string, priority: number, changeFrequency: 'daily' | 'weekly' | 'monthly') {
  const languages = languageAlternates(path);
  return (['tr', 'en'] as const).map((locale) => ({
    url: absoluteUrl(locale, path),
    changeFrequency,
    priority,
    alternates: { languages },
  }));
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const categories = flatten(await getCategories('tr'));
  return [
    ...entries('/', 1, 'daily'),
    ...categories.flatMap((category) =>
      entries(`/kategori/${category.slug}`, category.parentId ? 0.6 : 0.8, 'daily'),
    ),
    ...staticPaths.flatMap((path) => entries(path, 0.3, 'monthly')),
  ];
}
