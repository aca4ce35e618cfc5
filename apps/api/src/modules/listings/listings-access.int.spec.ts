import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newStaff, newVerifiedMember, staffToken } from '../../test/identity-helpers.js';
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

// Who may change a listing: a matrix of every write against every kind of caller, on a live listing (which
// strangers can see) and on a draft (which they cannot). Only the seller's own writes go through.

let api: TestApp;
let category: Awaited<ReturnType<typeof newTestCategory>>;
let categoryId: string;
let seller: Member;
let stranger: Member;
let moderatorToken: string;

beforeAll(async () => {
  api = await startMarketplaceTestApp();
  category = await newTestCategory(api);
  categoryId = category.childId;
  seller = await newSeller(api);
  stranger = await newVerifiedMember(api, 'Başka Üye');
  moderatorToken = await staffToken(api, await newStaff(api, 'moderator'));
});

afterAll(async () => {
  if (category) await removeTestCategory(api, category);
  await api?.close();
});

async function listing(state: 'active' | 'draft'): Promise<string> {
  const photoId = await readyPhoto(api, seller.token);
  const created = await api.request('/v1/listings', {
    method: 'POST',
    token: seller.token,
    json: draftBody(categoryId, { photoIds: [photoId] }),
  });
  const id = created.body.listing.id as string;
  if (state === 'active') {
    const published = await api.request(`/v1/listings/${id}/publish`, {
      method: 'POST',
      token: seller.token,
    });
    expect(published.body.listing.status).toBe('active');
  }
  return id;
}

type Write = { name: string; method: string; path: (id: string) => string; json?: unknown };
const writes: Write[] = [
  { name: 'edit', method: 'PATCH', path: (id) => `/v1/listings/${id}`, json: { priceKurus: 100 } },
  { name: 'publish', method: 'POST', path: (id) => `/v1/listings/${id}/publish` },
  { name: 'pause', method: 'POST', path: (id) => `/v1/listings/${id}/pause` },
  { name: 'mark sold', method: 'POST', path: (id) => `/v1/listings/${id}/mark-sold` },
  { name: 'archive', method: 'POST', path: (id) => `/v1/listings/${id}/archive` },
  { name: 'delete', method: 'DELETE', path: (id) => `/v1/listings/${id}` },
];

const callers = {
  anonymous: () => undefined,
  'another member': () => stranger.token,
  'a moderator': () => moderatorToken,
};

describe.each(['active', 'draft'] as const)("someone else's %s listing", (state) => {
  let id: string;
  beforeAll(async () => {
    id = await listing(state);
  });

  for (const [who, token] of Object.entries(callers)) {
    it.each(writes)(`refuses $name by ${who}`, async (write) => {
      const answer = await api.request(write.path(id), {
        method: write.method,
        token: token(),
        json: write.json,
      });
      // Signed out: 401. Whoever can see the listing (anyone when live, staff always) gets 403; a member who
      // cannot see a draft is told it does not exist (404).
      const visible = state === 'active' || who === 'a moderator';
      const expected = token() === undefined ? 401 : visible ? 403 : 404;
      expect(answer.status).toBe(expected);
    });
  }

  it('is unchanged afterwards, and its seller can still change it', async () => {
    const own = await api.request(`/v1/listings/${id}/edit`, { token: seller.token });
    expect(own.body.listing).toMatchObject({ status: state, priceKurus: 125_000 });
    const history = await api.request(`/v1/listings/${id}/history`, { token: seller.token });
    expect(history.body.prices).toHaveLength(1);
    const edited = await api.request(`/v1/listings/${id}`, {
      method: 'PATCH',
      token: seller.token,
      json: { priceKurus: 120_000 },
    });
    expect(edited.status).toBe(200);
  });

  it(`lets another member read it only when it is live`, async () => {
    const read = await api.request(`/v1/listings/${id}`, { token: stranger.token });
    expect(read.status).toBe(state === 'active' ? 200 : 404);
    const edit = await api.request(`/v1/listings/${id}/edit`, { token: stranger.token });
    expect(edit.status).toBe(state === 'active' ? 403 : 404);
    const moderatorView = await api.request(`/v1/listings/${id}/edit`, { token: moderatorToken });
    expect(moderatorView.status).toBe(200);
  });
});
