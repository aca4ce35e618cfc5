import { Injectable } from '@nestjs/common';
import type {
  Brand,
  Category,
  CategoryCount,
  CategoryNode,
  ListBrandsQuery,
  Locale,
  Page,
} from '@tarodan/contracts';
import { AppError } from '../../platform/errors/app-error.js';
import { toBrand, toCategory, toCategoryTree } from './catalog.mapper.js';
import { CatalogRepository } from './catalog.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Categories and brands of collectible toys: read by REST, GraphQL, the web, admin and mobile alike. */
@Injectable()
export class CatalogService {
  constructor(private readonly repository: CatalogRepository) {}

  async categoryTree(locale: Locale): Promise<CategoryNode[]> {
    return toCategoryTree(await this.repository.listCategories(), locale);
  }

  /** A category by slug or id, with its subtree and the path from the root down to it. */
  async category(idOrSlug: string, locale: Locale): Promise<{ category: CategoryNode; path: Category[] }> {
    const rows = await this.repository.listCategories();
    const row = rows.find((r) =>
      UUID.test(idOrSlug) ? r.id === idOrSlug.toLowerCase() : r.slug === idOrSlug,
    );
    if (!row) throw AppError.notFound('Category', idOrSlug);

    const byId = new Map(rows.map((r) => [r.id, r]));
    const path: Category[] = [];
    for (let at: typeof row | undefined = row; at; at = at.parentId ? byId.get(at.parentId) : undefined) {
      path.unshift(toCategory(at, locale));
    }
    const subtree = toCategoryTree(rows, locale);
    const category = findNode(subtree, row.id)!;
    return { category, path };
  }

  /** The path from the root down to each of these categories (root first), from one read of the tree. */
  async categoryPaths(ids: readonly string[], locale: Locale): Promise<Map<string, Category[]>> {
    const byId = new Map((await this.repository.listCategories()).map((r) => [r.id, r]));
    const paths = new Map<string, Category[]>();
    for (const id of ids) {
      const path: Category[] = [];
      for (let at = byId.get(id); at; at = at.parentId ? byId.get(at.parentId) : undefined) {
        path.unshift(toCategory(at, locale));
      }
      paths.set(id, path);
    }
    return paths;
  }

  async brandsByIds(ids: readonly string[]): Promise<Map<string, Brand>> {
    const rows = await this.repository.findBrandsByIds(ids);
    return new Map(rows.map((row) => [row.id, toBrand(row)]));
  }

  async brands(query: ListBrandsQuery): Promise<Page<Brand>> {
    const { rows, total } = await this.repository.listBrands(query);
    return { items: rows.map(toBrand), total, limit: query.limit, offset: query.offset };
  }

  async brand(idOrSlug: string): Promise<Brand> {
    const row = await this.repository.findBrand(
      UUID.test(idOrSlug) ? { id: idOrSlug.toLowerCase() } : { slug: idOrSlug },
    );
    if (!row) throw AppError.notFound('Brand', idOrSlug);
    return toBrand(row);
  }

  /** Per top-level category: how many subcategories and active listings it holds (subcategories included). */
  async categoryCounts(locale: Locale): Promise<CategoryCount[]> {
    const [tree, active] = await Promise.all([
      this.categoryTree(locale),
      this.repository.activeListingCounts(),
    ]);
    const listingsUnder = (node: CategoryNode): number =>
      (active.get(node.id) ?? 0) + node.children.reduce((sum, child) => sum + listingsUnder(child), 0);
    return tree.map((node) => ({
      categoryId: node.id,
      slug: node.slug,
      name: node.name,
      subcategories: countDescendants(node),
      listings: listingsUnder(node),
    }));
  }
}

function findNode(nodes: CategoryNode[], id: string): CategoryNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return undefined;
}

function countDescendants(node: CategoryNode): number {
  return node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0);
}
