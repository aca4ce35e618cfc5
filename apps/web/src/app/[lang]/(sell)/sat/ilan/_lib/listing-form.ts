import {
  type AttributeValues,
  authenticities,
  type CategoryAttribute,
  conditionGrades,
  packagingStates,
  shippingPayers,
} from '@tarodan/contracts';
import { readFields } from '@/lib/form-state';
import { parseTryToKurus } from '@/lib/money';

/** Reading the flow's forms into API bodies (server side). Field names are the contract's, so errors line up. */

export const ATTRIBUTE_PREFIX = 'attributes.';

const pick = <T extends string>(allowed: readonly T[], value: string): T | undefined =>
  allowed.find((option) => option === value);

/** Each attribute's form value as its type: numbers accept a decimal comma, unchecked boxes are `false`. */
export function readAttributes(
  form: FormData,
  attributes: CategoryAttribute[],
): { values: AttributeValues; echo: Record<string, string>; errors: Record<string, string> } {
  const values: AttributeValues = {};
  const echo: Record<string, string> = {};
  const errors: Record<string, string> = {};
  for (const attribute of attributes) {
    const name = `${ATTRIBUTE_PREFIX}${attribute.key}`;
    const raw = form.get(name);
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (attribute.type === 'boolean') {
      values[attribute.key] = raw === 'on' || raw === 'true';
      echo[name] = values[attribute.key] ? 'on' : '';
      continue;
    }
    echo[name] = text;
    if (!text) continue;
    if (attribute.type === 'number') {
      const number = Number(text.replace(',', '.'));
      if (Number.isFinite(number)) values[attribute.key] = number;
      else errors[name] = 'must be a number';
    } else {
      values[attribute.key] = text;
    }
  }
  return { values, echo, errors };
}

export const DETAIL_FIELDS = [
  'title',
  'description',
  'brandId',
  'condition',
  'packaging',
  'authenticity',
] as const;

/** The details step: title, description, brand, the three fixed grades and the category's attributes. */
export function readDetails(form: FormData, attributes: CategoryAttribute[]) {
  const fields = readFields(form, [...DETAIL_FIELDS, 'price']);
  const attributeInput = readAttributes(form, attributes);
  const body = {
    title: fields.title.trim(),
    description: fields.description.trim(),
    brandId: fields.brandId || null,
    condition: pick(conditionGrades, fields.condition),
    packaging: pick(packagingStates, fields.packaging),
    authenticity: pick(authenticities, fields.authenticity) ?? 'original',
    attributes: attributeInput.values,
  };
  return {
    body,
    price: fields.price,
    values: { ...fields, ...attributeInput.echo },
    errors: attributeInput.errors,
  };
}

/** The price and shipping step. Money comes typed the Turkish way ("1.250,00") and goes out in kuruş. */
export function readPricing(form: FormData) {
  const fields = readFields(form, ['price', 'shippingPayer', 'shippingFee', 'shipsWithinDays', 'quantity']);
  const shippingPayer = pick(shippingPayers, fields.shippingPayer) ?? 'buyer';
  const priceKurus = parseTryToKurus(fields.price);
  const feeKurus =
    shippingPayer === 'seller' ? 0 : fields.shippingFee.trim() ? parseTryToKurus(fields.shippingFee) : 0;
  const acceptsOffers = form.get('acceptsOffers') === 'on';
  const values = { ...fields, acceptsOffers: acceptsOffers ? 'on' : '' };
  return {
    priceKurus,
    feeKurus,
    body: {
      shippingPayer,
      shipsWithinDays: Number(fields.shipsWithinDays) || 2,
      quantity: Number(fields.quantity) || 1,
      acceptsOffers,
    },
    values,
  };
}
