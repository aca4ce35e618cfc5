import type { Brand, Category, CategoryNode, Locale } from '@tarodan/contracts';
import type { BrandRow, CategoryRow } from './catalog.repository.js';

export function toCategory(row: CategoryRow, locale: Locale): Category {
  return {
    id: row.id,
    slug: row.slug,
    parentId: row.parentId,
    name: locale === 'en' ? row.nameEn : row.nameTr,
    nameTr: row.nameTr,
    nameEn: row.nameEn,
    description: locale === 'en' ? row.descriptionEn : row.descriptionTr,
    icon: row.icon,
    position: row.position,
  };
}

/** Builds the category forest from flat rows already ordered by position. */
export function toCategoryTree(rows: CategoryRow[], locale: Locale): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>(
    rows.map((row) => [row.id, { ...toCategory(row, locale), children: [] }]),
  );
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export function toBrand(row: BrandRow): Brand {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    country: row.country,
    founded: row.founded,
    website: row.website,
  };
}
