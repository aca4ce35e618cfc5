import { Injectable } from '@nestjs/common';
import { asc, eq, inArray } from 'drizzle-orm';
import { Database } from '../../platform/database/database.js';
import { attributeDefinitions, categoryAttributes } from '../../platform/database/schema/index.js';

export type AttributeDefinitionRow = typeof attributeDefinitions.$inferSelect;
export type NewAttributeDefinition = Omit<
  typeof attributeDefinitions.$inferInsert,
  'createdAt' | 'updatedAt'
>;
export type CategoryAttributeRow = {
  categoryId: string;
  required: boolean;
  position: number;
} & AttributeDefinitionRow;

/** Attribute definitions and the sets categories attach. */
@Injectable()
export class AttributeRepository {
  constructor(private readonly database: Database) {}

  listDefinitions(): Promise<AttributeDefinitionRow[]> {
    return this.database.db.select().from(attributeDefinitions).orderBy(asc(attributeDefinitions.key));
  }

  async findDefinitions(keys: readonly string[]): Promise<AttributeDefinitionRow[]> {
    if (keys.length === 0) return [];
    return this.database.db
      .select()
      .from(attributeDefinitions)
      .where(inArray(attributeDefinitions.key, [...keys]));
  }

  async upsertDefinition(definition: NewAttributeDefinition): Promise<AttributeDefinitionRow> {
    const { key, ...fields } = definition;
    const [row] = await this.database.db
      .insert(attributeDefinitions)
      .values(definition)
      .onConflictDoUpdate({ target: attributeDefinitions.key, set: { ...fields, updatedAt: new Date() } })
      .returning();
    if (!row) throw new Error(`upsert of attribute ${key} returned nothing`);
    return row;
  }

  /** The attributes attached to any of these categories, with their definitions. */
  async forCategories(categoryIds: readonly string[]): Promise<CategoryAttributeRow[]> {
    if (categoryIds.length === 0) return [];
    const rows = await this.database.db
      .select({ link: categoryAttributes, definition: attributeDefinitions })
      .from(categoryAttributes)
      .innerJoin(attributeDefinitions, eq(attributeDefinitions.key, categoryAttributes.attributeKey))
      .where(inArray(categoryAttributes.categoryId, [...categoryIds]))
      .orderBy(asc(categoryAttributes.position));
    return rows.map(({ link, definition }) => ({
      ...definition,
      categoryId: link.categoryId,
      required: link.required,
      position: link.position,
    }));
  }

  /** Replaces a category's own set, in the given order. */
  async replaceCategorySet(
    categoryId: string,
    attributes: readonly { key: string; required: boolean }[],
  ): Promise<void> {
    await this.database.db.transaction(async (tx) => {
      await tx.delete(categoryAttributes).where(eq(categoryAttributes.categoryId, categoryId));
      if (attributes.length === 0) return;
      await tx.insert(categoryAttributes).values(
        attributes.map((attribute, position) => ({
          categoryId,
          attributeKey: attribute.key,
          required: attribute.required,
          position,
        })),
      );
    });
  }
}
