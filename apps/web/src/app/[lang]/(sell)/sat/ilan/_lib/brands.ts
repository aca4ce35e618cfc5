import type { Brand } from '@tarodan/contracts';
import { getBrands } from '@/lib/api';

/** Every brand for the brand select, alphabetically; the form still works (no brand) if the call fails. */
export async function brandsForSelect(): Promise<Brand[]> {
  try {
    const brands = await getBrands(200);
    return [...brands].sort((a, b) => a.name.localeCompare(b.name, 'tr'));
  } catch {
    return [];
  }
}
