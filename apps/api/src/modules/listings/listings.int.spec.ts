import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newStaff, newVerifiedMember, staffToken, waitForMail } from '../../test/identity-helpers.js';
import {
  draftBody,
  type Member,
  newSeller,
  newTestCategory,
  readyPhoto,
  removeTestCategory,
  startMarketplaceTestApp,
} from '../../test/listing-helpers.js';
import type { TestApp } from '../../test/test-app.js';

let api: TestApp;
let category: Awaited<ReturnType<typeof newTestCategory>>;
let adminToken: string;
let moderatorToken: string;
let seller: Member;

beforeAll(async () => {
  api = await startMarketplaceTestApp();
  category = await newTestCategory(api);
  adminToken = await staffToken(api, await newStaff(api, 'admin'));
  moderatorToken = await staffToken(api, await newStaff(api, 'moderator'));
  await defineAttributes();
  seller = await newSeller(api);
});

afterAll(async () => {
  if (category) await removeTestCategory(api, category);
  await api?.close();
});

/** scale (enum, required on the root), production year (number) on the root; Treasure Hunt flag on the child. */
async function defineAttributes() {
  const define = (key: string, body: Record<string, unknown>) =>
    api.request(`/admin/v1/attributes/${key}`, { method: 'PUT', token: adminToken, json: body });
  const common = { options: null, min: null, max: null, unit: null, maxLength: null, isFlag: false };
  const scale = await define(category.scaleKey, {
    ...common,
    type: 'enum',
    labelTr: 'Ölçek',
    labelEn: 'Scale',
    options: [
      { value: '1:64', labelTr: '1:64', labelEn: '1:64' },
      { value: '1:18', labelTr: '1:18', labelEn: '1:18' },
    ],
  });
  expect(scale.status).toBe(200);
  await define(category.yearKey, {
    ...common,
    type: 'number',
    labelTr: 'Üretim yılı',
    labelEn: 'Year',
    min: 1950,
    max: 2030,
  });
  await define(category.flagKey, {
    ...common,
    type: 'boolean',
    labelTr: 'Treasure Hunt',
    labelEn: 'Treasure Hunt',
    isFlag: true,
  });
  const root = await api.request(`/admin/v1/categories/${category.rootId}/attributes`, {
    method: 'PUT',
    token: adminToken,
    json: { attributes: [{ key: category.scaleKey, required: true }, { key: category.yearKey }] },
  });
  expect(root.status).toBe(200);
  const child = await api.request(`/admin/v1/categories/${category.childId}/attributes`, {
    method: 'PUT',
    token: adminToken,
    json: { attributes: [{ key: category.flagKey }] },
  });
  expect(child.status).toBe(200);
}

async function createDraft(member: Member, overrides: Record<string, unknown> = {}, photos = 1) {
  const photoIds = [];
  for (let i = 0; i < photos; i++) photoIds.push(await readyPhoto(api, member.token));
  const created = await api.request('/v1/listings', {
    method: 'POST',
    token: member.token,
    json: draftBody(category.childId, {
      photoIds,
      attributes: { [category.scaleKey]: '1:64' },
      ...overrides,
    }),
  });
  expect(created.status, JSON.stringify(created.body.error)).toBe(201);
  return created.body.listing;
}

async function act(member: Member | string, id: string, action: string) {
  const token = typeof member === 'string' ? member : member.token;
  return api.request(`/v1/listings/${id}/${action}`, { method: 'POST', token });
}

describe('collectible attributes', () => {
  it('gives a subcategory its own attributes after the inherited ones, localized', async () => {
    const en = await api.request(`/v1/categories/${category.childSlug}/attributes?locale=en`);
    expect(en.status).toBe(200);
    expect(en.body.attributes.map((a: { key: string }) => a.key)).toEqual([
      category.scaleKey,
      category.yearKey,
      category.flagKey,
    ]);
    expect(en.body.attributes[0]).toMatchObject({
      label: 'Scale',
      required: true,
      inheritedFrom: category.rootSlug,
    });
    expect(en.body.attributes[2]).toMatchObject({ isFlag: true, required: false, inheritedFrom: null });
  });

  it('refuses attribute values of the wrong type, outside the options or unknown to the category, naming each', async () => {
    const refused = await api.request('/v1/listings', {
      method: 'POST',
      token: seller.token,
      json: draftBody(category.childId, {
        attributes: {
          [category.scaleKey]: '1:43',
          [category.yearKey]: 1890,
          [category.flagKey]: 'evet',
          colour_x: 'kırmızı',
        },
      }),
    });
    expect(refused.status).toBe(400);
    const fields = Object.fromEntries(
      refused.body.error.details.map((d: { field: string; reason: string }) => [d.field, d.reason]),
    );
    expect(fields).toEqual({
      [`body.attributes.${category.scaleKey}`]: 'must be one of 1:64, 1:18',
      [`body.attributes.${category.yearKey}`]: 'must be at least 1950',
      [`body.attributes.${category.flagKey}`]: 'must be true or false',
      'body.attributes.colour_x': 'is not an attribute of this category',
    });
  });

  it('lets only admins change attribute sets', async () => {
    const byModerator = await api.request(`/admin/v1/categories/${category.childId}/attributes`, {
      method: 'PUT',
      token: moderatorToken,
      json: { attributes: [] },
    });
    expect(byModerator.status).toBe(403);
  });
});

describe('creating and publishing a listing', () => {
  it('publishes a clean listing straight to its category page with its cover and badges', async () => {
    const draft = await createDraft(
      seller,
      {
        attributes: { [category.scaleKey]: '1:64', [category.flagKey]: true, [category.yearKey]: 1969 },
      },
      2,
    );
    expect(draft).toMatchObject({
      status: 'draft',
      currency: 'TRY',
      priceKurus: 125_000,
      allowedActions: ['publish', 'archive'],
    });
    expect(draft.path).toBe(`/ilan/hot-wheels-69-camaro-super-treasure-hunt-${draft.id}`);

    const published = await act(seller, draft.id, 'publish');
    expect(published.status).toBe(200);
    expect(published.body.listing).toMatchObject({ status: 'active', findings: [] });

    const page = await api.request(`/v1/listings?category=${category.rootSlug}&sort=newest`);
    expect(page.status).toBe(200);
    const card = page.body.items.find((item: { id: string }) => item.id === draft.id);
    expect(card).toMatchObject({
      badges: [{ key: category.flagKey, label: 'Treasure Hunt' }],
      freeShipping: false,
      cover: { status: 'ready', placeholder: { blurhash: expect.any(String) } },
    });
    expect(card.cover.variants.map((v: { format: string }) => v.format)).toEqual(
      expect.arrayContaining(['avif', 'webp', 'jpeg']),
    );

    const detail = await api.request(`/v1/listings/${draft.id}`);
    expect(detail.body.listing.photos).toHaveLength(2);
    expect(detail.body.listing.breadcrumbs.map((b: { slug: string }) => b.slug)).toEqual([
      category.rootSlug,
      category.childSlug,
    ]);
    expect(detail.body.listing.attributes).toContainEqual(
      expect.objectContaining({ key: category.yearKey, display: '1969' }),
    );
    expect(detail.body.listing.seller).toMatchObject({
      id: seller.id,
      storeName: 'Ayşe’nin Oyuncakları',
      activeListings: expect.any(Number),
    });
  });

  it('will not publish without a seller profile, a ready photo and the required attributes, naming each', async () => {
    const member = await newVerifiedMember(api);
    const draft = await api.request('/v1/listings', {
      method: 'POST',
      token: member.token,
      json: draftBody(category.childId),
    });
    expect(draft.status).toBe(201);
    const refused = await act(member, draft.body.listing.id, 'publish');
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.map((d: { field: string }) => d.field)).toEqual([
      'seller',
      'photoIds',
      `attributes.${category.scaleKey}`,
    ]);
  });

  it('sends a listing with a phone number to moderation; a rejection reason reaches the seller; approval puts it live', async () => {
    const draft = await createDraft(seller, {
      description: 'Kutusu açılmadı, raf ürünü. Detay için arayın: 0532 123 45 67, akşam saatlerinde.',
    });
    const published = await act(seller, draft.id, 'publish');
    expect(published.body.listing).toMatchObject({
      status: 'pending_review',
      findings: [expect.objectContaining({ rule: 'phone_number', field: 'description' })],
    });
    expect((await api.request(`/v1/listings/${draft.id}`)).status).toBe(404);

    const queue = await api.request('/admin/v1/moderation/listings?limit=100', { token: moderatorToken });
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((item: { listing: { id: string } }) => item.listing.id)).toContain(draft.id);

    const tooShort = await api.request(`/admin/v1/moderation/listings/${draft.id}/reject`, {
      method: 'POST',
      token: moderatorToken,
      json: { reason: 'hayır' },
    });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.details[0].field).toBe('body.reason');

    const reason = 'Telefon numarası paylaşmak yasak; lütfen açıklamadan çıkarın.';
    const rejected = await api.request(`/admin/v1/moderation/listings/${draft.id}/reject`, {
      method: 'POST',
      token: moderatorToken,
      json: { reason },
    });
    expect(rejected.status).toBe(200);
    const mail = await waitForMail(api, seller.email, /yayınlanmadı/);
    expect(mail.text).toContain(reason);
    expect(mail.text).toContain('/hesabim/ilanlarim');
    const mine = await api.request('/v1/me/listings?status=rejected', { token: seller.token });
    expect(mine.body.items.find((l: { id: string }) => l.id === draft.id)).toMatchObject({
      rejectionReason: reason,
      allowedActions: ['publish', 'archive'],
    });

    const edited = await api.request(`/v1/listings/${draft.id}`, {
      method: 'PATCH',
      token: seller.token,
      json: { description: 'Kutusu açılmadı, raf ürünü. Sorularınızı mesajla sorabilirsiniz.' },
    });
    expect(edited.status).toBe(200);
    expect((await act(seller, draft.id, 'publish')).body.listing.status).toBe('active');

    const history = await api.request(`/v1/listings/${draft.id}/history`, { token: seller.token });
    expect(
      history.body.transitions.map((t: { action: string; to: string }) => `${t.action}:${t.to}`),
    ).toEqual(['create:draft', 'publish:pending_review', 'reject:rejected', 'publish:active']);
    expect(history.body.transitions[2]).toMatchObject({ actor: 'moderator', reason });
  });

  it('puts an edited live listing back in the queue when the edit trips a check, and approval brings it back', async () => {
    const draft = await createDraft(seller);
    await act(seller, draft.id, 'publish');
    const edited = await api.request(`/v1/listings/${draft.id}`, {
      method: 'PATCH',
      token: seller.token,
      json: { title: 'Camaro TH — IBAN TR33 0006 1005 1978 6457 8413 26' },
    });
    expect(edited.body.listing.status).toBe('pending_review');
    expect(edited.body.listing.findings).toContainEqual(
      expect.objectContaining({ rule: 'iban', field: 'title' }),
    );
    const approved = await api.request(`/admin/v1/moderation/listings/${draft.id}/approve`, {
      method: 'POST',
      token: moderatorToken,
    });
    expect(approved.body.listing.status).toBe('active');
    const history = await api.request(`/v1/listings/${draft.id}/history`, { token: seller.token });
    expect(history.body.transitions.slice(-2)).toMatchObject([
      { action: 'send_to_review', actor: 'system' },
      { action: 'approve', actor: 'moderator' },
    ]);
  });

  it('keeps the attribute values the new category also asks for when only the category changes', async () => {
    const draft = await createDraft(seller, {
      attributes: { [category.scaleKey]: '1:64', [category.flagKey]: true },
    });
    const moved = await api.request(`/v1/listings/${draft.id}`, {
      method: 'PATCH',
      token: seller.token,
      json: { categoryId: category.rootId },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.listing.attributeValues).toEqual({ [category.scaleKey]: '1:64' });
  });

  it('keeps every price change in the history, in kuruş', async () => {
    const draft = await createDraft(seller);
    for (const priceKurus of [99_900, 89_950]) {
      await api.request(`/v1/listings/${draft.id}`, {
        method: 'PATCH',
        token: seller.token,
        json: { priceKurus },
      });
    }
    const history = await api.request(`/v1/listings/${draft.id}/history`, { token: seller.token });
    expect(history.body.prices.map((p: { priceKurus: number }) => p.priceKurus)).toEqual([
      125_000, 99_900, 89_950,
    ]);
  });

  it('moves through pause, resume and sold, and refuses moves the state does not allow with 409', async () => {
    const draft = await createDraft(seller);
    expect((await act(seller, draft.id, 'pause')).status).toBe(409);
    await act(seller, draft.id, 'publish');
    expect((await act(seller, draft.id, 'pause')).body.listing.status).toBe('paused');
    expect(
      (await api.request(`/v1/listings?category=${category.childSlug}&limit=96`)).body.items.map(
        (i: { id: string }) => i.id,
      ),
    ).not.toContain(draft.id);
    expect((await act(seller, draft.id, 'resume')).body.listing.status).toBe('active');
    const sold = await act(seller, draft.id, 'mark-sold');
    expect(sold.body.listing).toMatchObject({
      status: 'sold',
      soldAt: expect.any(String),
      allowedActions: ['archive'],
    });
    const again = await act(seller, draft.id, 'publish');
    expect(again.status).toBe(409);
    expect(again.body.error.details[0].field).toBe('status');
    const edit = await api.request(`/v1/listings/${draft.id}`, {
      method: 'PATCH',
      token: seller.token,
      json: { priceKurus: 1000 },
    });
    expect(edit.status).toBe(409);
  });

  it('refuses bad input with 400s that name the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ priceKurus: -5 }, 'body.priceKurus'],
      [{ priceKurus: 12.5 }, 'body.priceKurus'],
      [{ shippingPayer: 'seller', shippingFeeKurus: 1000 }, 'body.shippingFeeKurus'],
      [{ title: 'Kısa' }, 'body.title'],
      [{ photoIds: ['00000000-0000-4000-8000-000000000000'] }, 'body.photoIds.0'],
      [{ categoryId: '00000000-0000-4000-8000-000000000000' }, 'body.categoryId'],
      [{ sellerId: seller.id }, 'body.sellerId'],
    ];
    for (const [overrides, field] of cases) {
      const refused = await api.request('/v1/listings', {
        method: 'POST',
        token: seller.token,
        json: draftBody(category.childId, overrides),
      });
      expect(refused.status, field).toBe(400);
      expect(
        refused.body.error.details.map((d: { field: string }) => d.field),
        field,
      ).toContain(field);
    }
    expect((await api.request('/v1/listings?offset=20000')).status).toBe(400);
    expect((await api.request('/v1/listings?sort=cheapest')).status).toBe(400);
    expect((await api.request('/v1/listings/not-an-id')).status).toBe(400);
  });
});

describe('favorites, storefront and sitemap', () => {
  it('counts a favorite once, lists it under my favorites and forgets it on removal', async () => {
    const draft = await createDraft(seller);
    await act(seller, draft.id, 'publish');
    const buyer = await newVerifiedMember(api, 'Alıcı');
    for (let i = 0; i < 2; i++) {
      const added = await api.request(`/v1/listings/${draft.id}/favorite`, {
        method: 'PUT',
        token: buyer.token,
      });
      expect(added.body).toEqual({ favorited: true, favoriteCount: 1 });
    }
    const detail = await api.request(`/v1/listings/${draft.id}`, { token: buyer.token });
    expect(detail.body.listing).toMatchObject({ isFavorite: true, favoriteCount: 1 });
    const mine = await api.request('/v1/me/favorites', { token: buyer.token });
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual([draft.id]);
    const removed = await api.request(`/v1/listings/${draft.id}/favorite`, {
      method: 'DELETE',
      token: buyer.token,
    });
    expect(removed.body).toEqual({ favorited: false, favoriteCount: 0 });
    expect((await api.request('/v1/me/favorites', { token: buyer.token })).body.total).toBe(0);
    expect((await api.request(`/v1/listings/${draft.id}/favorite`, { method: 'PUT' })).status).toBe(401);
  });

  it("shows a seller's storefront with only their active listings", async () => {
    const other = await newSeller(api, 'Mağaza Sahibi');
    const live = await createDraft(other);
    await act(other, live.id, 'publish');
    await createDraft(other);
    const storefront = await api.request(`/v1/sellers/${other.id}`);
    expect(storefront.body.seller).toMatchObject({
      displayName: 'Mağaza Sahibi',
      activeListings: 1,
      rating: null,
    });
    const listings = await api.request(`/v1/listings?seller=${other.id}`);
    expect(listings.body.items.map((i: { id: string }) => i.id)).toEqual([live.id]);
  });

  it('lists live listings in the sitemap data and counts listings by state for Prometheus', async () => {
    const draft = await createDraft(seller);
    await act(seller, draft.id, 'publish');
    const sitemap = await api.request('/v1/sitemap/listings?page=0');
    expect(sitemap.body.entries.map((e: { path: string }) => e.path)).toContain(draft.path);
    const metrics = await fetch(`${api.baseUrl}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/tarodan_listings\{[^}]*status="active"[^}]*\} [1-9]\d*/);
  });

  it("takes a deleted member's listings, photos and favorites with the account (KVKK erasure)", async () => {
    const leaving = await newSeller(api, 'Ayrılan Satıcı');
    const draft = await createDraft(leaving);
    await act(leaving, draft.id, 'publish');
    const buyer = await newVerifiedMember(api);
    await api.request(`/v1/listings/${draft.id}/favorite`, { method: 'PUT', token: buyer.token });
    const favoritedByLeaver = await createDraft(seller);
    await act(seller, favoritedByLeaver.id, 'publish');
    await api.request(`/v1/listings/${favoritedByLeaver.id}/favorite`, {
      method: 'PUT',
      token: leaving.token,
    });
    const variant = draft.cover.variants[0].url.replace(/^https?:\/\/[^/]+/, '');
    expect((await fetch(`${api.baseUrl}${variant}`)).status).toBe(200);

    const deleted = await api.request('/v1/account', {
      method: 'DELETE',
      token: leaving.token,
      json: { password: leaving.password, confirmation: 'HESABIMI SIL' },
    });
    expect(deleted.status).toBe(204);
    expect((await api.request(`/v1/listings/${draft.id}`)).status).toBe(404);
    expect((await fetch(`${api.baseUrl}${variant}`)).status).toBe(404);
    expect((await api.request('/v1/me/favorites', { token: buyer.token })).body.total).toBe(0);
    expect((await api.request(`/v1/listings/${favoritedByLeaver.id}`)).body.listing.favoriteCount).toBe(0);
  });
});
