import type { CategoryNode } from '@tarodan/contracts';

let sequence = 0;

/** A valid category node; pass only what the test cares about. */
export function buildCategory(overrides: Partial<CategoryNode> = {}): CategoryNode {
  sequence += 1;
  const n = sequence.toString(16).padStart(12, '0');
  return {
    id: `00000000-0000-4000-8000-${n}`,
    slug: `category-${sequence}`,
    parentId: null,
    name: `Kategori ${sequence}`,
    nameTr: `Kategori ${sequence}`,
    nameEn: `Category ${sequence}`,
    description: '',
    icon: 'package',
    position: sequence,
    children: [],
    ...overrides,
  };
}
