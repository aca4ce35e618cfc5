import { readFile } from 'node:fs/promises';
import { type APIRequestContext, expect } from '@playwright/test';
import { apiUrl, clientIp, createVerifiedMember } from './web-account-support';
import { fixture, onboardSeller } from './web-listings-support';

/** Listings for web-search.spec.ts, made over the API (sign-up, seller profile, photo, draft, publish). */

export type ListingSeed = {
  title: string;
  brand: string;
  condition: 'mint' | 'near_mint' | 'very_good' | 'good' | 'played_with' | 'for_parts';
  packaging: 'sealed' | 'box_damaged' | 'loose';
  priceKurus: number;
  attributes?: Record<string, string | number | boolean>;
};

type Json = Record<string, unknown>;

/** A run-unique word of letters only (the search stems words; digits would make it a different token kind). */
export function uniqueWord(prefix: string): string {
  const letters = 'bcdfghjklmnprstvz';
  const tail = Array.from({ length: 7 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
  return `${prefix}${tail}`;
}

async function sellerToken(request: APIRequestContext): Promise<string> {
  const seller = await createVerifiedMember(request, 'Arama Satici');
  await onboardSeller(request, seller.email, seller.password);
  const signIn = await request.post(`${apiUrl}/v1/auth/sign-in`, {
    data: { email: seller.email, password: seller.password, client: 'web' },
    headers: clientIp(),
  });
  expect(signIn.status()).toBe(200);
  return ((await signIn.json()) as { session: { token: string } }).session.token;
}

async function readyPhoto(request: APIRequestContext, token: string, file: string): Promise<string> {
  const upload = await request.post(`${apiUrl}/v1/media/images?kind=listing-photo`, {
    headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' },
    data: await readFile(fixture(file)),
  });
  expect(upload.status(), await upload.text()).toBe(202);
  const { image } = (await upload.json()) as { image: { id: string } };
  await expect
    .poll(
      async () => {
        const answer = await request.get(`${apiUrl}/v1/media/images/${image.id}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        return ((await answer.json()) as { image: { status: string } }).image.status;
      },
      { message: 'the photo is processed', timeout: 30_000 },
    )
    .toBe('ready');
  return image.id;
}

/** Publishes the listings in one new seller's name (category 1:64 Ölçek) and returns their ids in order. */
export async function publishListings(request: APIRequestContext, seeds: ListingSeed[]): Promise<string[]> {
  const token = await sellerToken(request);
  const auth = { authorization: `Bearer ${token}` };
  const category = (await (await request.get(`${apiUrl}/v1/categories/1-64-olcek`)).json()) as {
    category: { id: string };
  };
  const attributes = (await (await request.get(`${apiUrl}/v1/categories/1-64-olcek/attributes`)).json()) as {
    attributes: { key: string; required: boolean; options: { value: string }[] | null }[];
  };
  // Every required attribute gets a value (scale 1:64 when it is offered); seeds add the rest.
  const required: Record<string, string> = {};
  for (const attribute of attributes.attributes.filter((a) => a.required)) {
    const values = attribute.options?.map((o) => o.value) ?? [];
    required[attribute.key] = values.includes('1:64') ? '1:64' : (values[0] ?? 'Belirtilmedi');
  }
  const ids: string[] = [];
  for (const [index, seed] of seeds.entries()) {
    const brands = (await (
      await request.get(`${apiUrl}/v1/brands?q=${encodeURIComponent(seed.brand)}`)
    ).json()) as { items: { id: string; name: string }[] };
    const brand = brands.items.find((b) => b.name === seed.brand);
    expect(brand, `brand ${seed.brand}`).toBeTruthy();
    const photo = await readyPhoto(request, token, `diecast-${(index % 3) + 1}.jpg`);
    const created = await request.post(`${apiUrl}/v1/listings`, {
      headers: auth,
      data: {
        categoryId: category.category.id,
        brandId: brand?.id,
        title: seed.title,
        description: 'Koleksiyondan, özenle saklandı. Arama testleri için yayınlanan örnek ilan.',
        condition: seed.condition,
        packaging: seed.packaging,
        priceKurus: seed.priceKurus,
        attributes: { ...required, ...seed.attributes },
        photoIds: [photo],
      } satisfies Json,
    });
    expect(created.status(), await created.text()).toBe(201);
    const { listing } = (await created.json()) as { listing: { id: string } };
    const published = await request.post(`${apiUrl}/v1/listings/${listing.id}/publish`, { headers: auth });
    expect(published.status(), await published.text()).toBe(200);
    const { listing: live } = (await published.json()) as { listing: { status: string } };
    expect(live.status).toBe('active');
    ids.push(listing.id);
  }
  return ids;
}

/** Waits until the search index (fed by the outbox job every second) returns `count` hits for the word. */
export async function waitForIndexed(request: APIRequestContext, word: string, count: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const answer = await request.get(`${apiUrl}/v1/search?q=${encodeURIComponent(word)}&facets=brand`);
        return ((await answer.json()) as { total: number }).total;
      },
      { message: `${count} listings with “${word}” are searchable`, timeout: 15_000 },
    )
    .toBe(count);
}
