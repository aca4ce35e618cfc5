import { slugify } from '@tarodan/contracts';
import { PasswordHasher } from '../modules/identity/password-hasher.js';
import type { Database } from '../platform/database/database.js';
import { attributeSeeds, categoryAttributeSeeds, parseSetEntry } from './attributes.seed-data.js';
import { brandSeeds } from './brands.seed-data.js';
import { type CategorySeed, categorySeeds } from './categories.seed-data.js';
import { SeedRepository } from './seed.repository.js';
import { userSeeds } from './users.seed-data.js';

export type SeedSummary = {
  categories: number;
  brands: number;
  attributes: number;
  categoryAttributes: number;
  users: number;
};

/** Fills a development database with the catalog and demo accounts. Idempotent. */
export async function seedDatabase(
  database: Database,
  options: { production: boolean },
): Promise<SeedSummary> {
  if (options.production) throw new Error('The development seed must not run in production');
  const repository = new SeedRepository(database);

  let categoryCount = 0;
  const saveTree = async (nodes: CategorySeed[], parentId: string | null) => {
    for (const [position, node] of nodes.entries()) {
      const id = await repository.upsertCategory({
        slug: node.slug,
        parentId,
        nameTr: node.tr,
        nameEn: node.en,
        descriptionTr: node.descriptionTr ?? '',
        descriptionEn: node.descriptionEn ?? '',
        icon: node.icon ?? 'tag',
        position,
      });
      categoryCount += 1;
      await saveTree(node.children ?? [], id);
    }
  };
  await saveTree(categorySeeds, null);

  for (const brand of brandSeeds) {
    await repository.upsertBrand({ slug: slugify(brand.name), ...brand });
  }
  const categoryAttributeCount = await seedAttributes(repository);

  const passwords = new PasswordHasher();
  let created = 0;
  for (const user of userSeeds) {
    if (await repository.hasUser(user.email)) continue;
    const passwordHash = await passwords.hash(user.password);
    await repository.insertUserIfMissing({
      email: user.email,
      passwordHash,
      displayName: user.displayName,
      role: user.role,
      city: user.city,
      emailVerifiedAt: new Date(),
    });
    created += 1;
  }
  return {
    categories: categoryCount,
    brands: brandSeeds.length,
    attributes: attributeSeeds.length,
    categoryAttributes: categoryAttributeCount,
    users: created,
  };
}

/** Attribute definitions, then each top-level category's own set. Returns how many links the sets hold. */
async function seedAttributes(repository: SeedRepository): Promise<number> {
  for (const attribute of attributeSeeds) {
    await repository.upsertAttributeDefinition({
      key: attribute.key,
      type: attribute.type,
      labelTr: attribute.labelTr,
      labelEn: attribute.labelEn,
      options: attribute.options ?? null,
      min: attribute.min ?? null,
      max: attribute.max ?? null,
      unit: attribute.unit ?? null,
      maxLength: attribute.maxLength ?? null,
      isFlag: attribute.isFlag ?? false,
    });
  }
  const categoryIds = await repository.categoryIdsBySlug();
  let links = 0;
  for (const [slug, entries] of Object.entries(categoryAttributeSeeds)) {
    const categoryId = categoryIds.get(slug);
    if (!categoryId) throw new Error(`Attribute set for unknown category ${slug}`);
    for (const [position, entry] of entries.entries()) {
      const { key, required } = parseSetEntry(entry);
      await repository.upsertCategoryAttribute({ categoryId, attributeKey: key, required, position });
      links += 1;
    }
  }
  return links;
}
