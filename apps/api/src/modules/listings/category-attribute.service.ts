import { Injectable } from '@nestjs/common';
import {
  type AttributeDefinition,
  type Category,
  type CategoryAttribute,
  type CategoryAttributesResponse,
  type Locale,
  type PutCategoryAttributes,
  type UpsertAttributeDefinition,
} from '@tarodan/contracts';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError } from '../../platform/errors/app-error.js';
import { CatalogService } from '../catalog/catalog.service.js';
import {
  type AttributeDefinitionRow,
  AttributeRepository,
  type CategoryAttributeRow,
} from './attribute.repository.js';
import { assertStaff } from './listing-access.js';

/** Collectible attributes: admins define them and attach sets to categories; subcategories inherit their ancestors'. */
@Injectable()
export class CategoryAttributeService {
  constructor(
    private readonly attributes: AttributeRepository,
    private readonly catalog: CatalogService,
  ) {}

  async forCategory(idOrSlug: string, locale: Locale): Promise<CategoryAttributesResponse> {
    const { category, path } = await this.catalog.category(idOrSlug, locale);
    const { children: _children, ...plain } = category;
    return { category: plain, attributes: await this.setAlong(path, locale) };
  }

  /** The effective set for a category path (root first): ancestors' attributes first, a key appears once. */
  async setAlong(path: readonly Category[], locale: Locale): Promise<CategoryAttribute[]> {
    return this.setFromRows(path, await this.attributes.forCategories(path.map((c) => c.id)), locale);
  }

  /** The same, from attribute rows already loaded (rows of other categories are ignored). */
  setFromRows(
    path: readonly Category[],
    allRows: readonly CategoryAttributeRow[],
    locale: Locale,
  ): CategoryAttribute[] {
    const depth = new Map(path.map((c, index) => [c.id, index]));
    const rows = allRows.filter((row) => depth.has(row.categoryId));
    const own = path.at(-1)?.id;
    const sorted = [...rows].sort(
      (a, b) => (depth.get(a.categoryId) ?? 0) - (depth.get(b.categoryId) ?? 0) || a.position - b.position,
    );
    const seen = new Map<string, CategoryAttribute>();
    for (const row of sorted) {
      const inheritedFrom =
        row.categoryId === own ? null : (path.find((c) => c.id === row.categoryId)?.slug ?? null);
      // A subcategory may make an inherited attribute required; it never makes it optional again.
      const earlier = seen.get(row.key);
      if (earlier) earlier.required ||= row.required;
      else seen.set(row.key, toCategoryAttribute(row, locale, inheritedFrom, seen.size));
    }
    return [...seen.values()];
  }

  async definitions(caller: Caller): Promise<AttributeDefinition[]> {
    assertStaff(caller);
    return (await this.attributes.listDefinitions()).map(toDefinition);
  }

  async defineAttribute(
    caller: Caller,
    key: string,
    input: UpsertAttributeDefinition,
  ): Promise<AttributeDefinition> {
    assertStaff(caller, 'admin');
    if (input.type === 'enum' && !input.options?.length) {
      throw AppError.validation([
        { field: 'options', reason: 'must list at least one option for an enum attribute' },
      ]);
    }
    if (input.min !== null && input.max !== null && input.min > input.max) {
      throw AppError.validation([{ field: 'min', reason: 'must not be above max' }]);
    }
    return toDefinition(await this.attributes.upsertDefinition({ key, ...input }));
  }

  async setCategoryAttributes(
    caller: Caller,
    categoryId: string,
    input: PutCategoryAttributes,
    locale: Locale,
  ): Promise<CategoryAttributesResponse> {
    assertStaff(caller, 'admin');
    const { category } = await this.catalog.category(categoryId, locale);
    const known = new Set(
      (await this.attributes.findDefinitions(input.attributes.map((a) => a.key))).map((d) => d.key),
    );
    const unknown = input.attributes.findIndex((a) => !known.has(a.key));
    if (unknown >= 0) {
      throw AppError.validation([
        { field: `attributes.${unknown}.key`, reason: 'is not a defined attribute' },
      ]);
    }
    await this.attributes.replaceCategorySet(category.id, input.attributes);
    return this.forCategory(category.id, locale);
  }
}

function toDefinition(row: AttributeDefinitionRow): AttributeDefinition {
  return {
    key: row.key,
    type: row.type,
    labelTr: row.labelTr,
    labelEn: row.labelEn,
    options: row.options ?? null,
    min: row.min,
    max: row.max,
    unit: row.unit,
    maxLength: row.maxLength,
    isFlag: row.isFlag,
  };
}

function toCategoryAttribute(
  row: CategoryAttributeRow,
  locale: Locale,
  inheritedFrom: string | null,
  position: number,
): CategoryAttribute {
  return {
    ...toDefinition(row),
    required: row.required,
    position,
    label: locale === 'en' ? row.labelEn : row.labelTr,
    inheritedFrom,
  };
}
