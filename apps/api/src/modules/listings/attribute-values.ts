import type {
  AttributeValues,
  CategoryAttribute,
  FieldIssue,
  ListingAttributeValue,
  Locale,
} from '@tarodan/contracts';

type Value = string | number | boolean;

/**
 * Checks a seller's attribute values against the category's set: unknown keys, wrong types, values outside the
 * options or limits. Required attributes are only demanded when `requireAll` is set (at publish; a draft may be
 * incomplete). Returns the cleaned values (text trimmed, empty text and `false`-less gaps dropped) and the issues,
 * each named `attributes.<key>`.
 */
export function validateAttributes(
  values: AttributeValues,
  set: readonly CategoryAttribute[],
  options: { requireAll: boolean },
): { values: AttributeValues; issues: FieldIssue[] } {
  const byKey = new Map(set.map((attribute) => [attribute.key, attribute]));
  const clean: AttributeValues = {};
  const issues: FieldIssue[] = [];
  const issue = (key: string, reason: string) => issues.push({ field: `attributes.${key}`, reason });

  for (const [key, raw] of Object.entries(values)) {
    const attribute = byKey.get(key);
    if (!attribute) {
      issue(key, 'is not an attribute of this category');
      continue;
    }
    const problem = problemWith(attribute, raw);
    if (problem) issue(key, problem);
    else if (!(typeof raw === 'string' && raw.trim() === ''))
      clean[key] = typeof raw === 'string' ? raw.trim() : raw;
  }
  if (options.requireAll) {
    for (const attribute of set) {
      if (
        attribute.required &&
        clean[attribute.key] === undefined &&
        !issues.some((i) => i.field.endsWith(`.${attribute.key}`))
      ) {
        issue(attribute.key, `is required in this category (${attribute.labelTr} / ${attribute.labelEn})`);
      }
    }
  }
  return { values: clean, issues };
}

function problemWith(attribute: CategoryAttribute, value: Value): string | null {
  switch (attribute.type) {
    case 'enum': {
      const allowed = attribute.options?.map((option) => option.value) ?? [];
      return typeof value === 'string' && allowed.includes(value)
        ? null
        : `must be one of ${allowed.join(', ')}`;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a number';
      if (attribute.min !== null && value < attribute.min) return `must be at least ${attribute.min}`;
      if (attribute.max !== null && value > attribute.max) return `must be at most ${attribute.max}`;
      return null;
    }
    case 'text': {
      if (typeof value !== 'string') return 'must be text';
      const limit = attribute.maxLength ?? 200;
      return value.trim().length > limit ? `must be at most ${limit} characters` : null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
  }
}

const YES_NO = { tr: ['Evet', 'Hayır'], en: ['Yes', 'No'] } as const;

/** The attributes as a listing page shows them, in the category's order; values of attributes since removed are left out. */
export function displayAttributes(
  values: AttributeValues,
  set: readonly CategoryAttribute[],
  locale: Locale,
): ListingAttributeValue[] {
  return set.flatMap((attribute) => {
    const value = values[attribute.key];
    if (value === undefined) return [];
    return [
      {
        key: attribute.key,
        label: attribute.label,
        value,
        display: displayValue(attribute, value, locale),
        isFlag: attribute.isFlag,
      },
    ];
  });
}

function displayValue(attribute: CategoryAttribute, value: Value, locale: Locale): string {
  if (typeof value === 'boolean') return YES_NO[locale][value ? 0 : 1];
  if (attribute.type === 'enum') {
    const option = attribute.options?.find((o) => o.value === value);
    if (option) return locale === 'tr' ? option.labelTr : option.labelEn;
  }
  if (typeof value === 'number') {
    const text = attribute.key.includes('year')
      ? String(value)
      : value.toLocaleString(locale === 'tr' ? 'tr-TR' : 'en-GB');
    return attribute.unit ? `${text} ${attribute.unit}` : text;
  }
  return String(value);
}
