import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newStaff, newVerifiedMember, staffToken } from '../../test/identity-helpers.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { ZeroResultRepository } from './zero-result.repository.js';

let api: TestApp;
let admin: string;
let moderator: string;
let member: string;
/** Letters only, unique to this run: every query below contains it, and `?q=` narrows the list to them. */
let run: string;

beforeAll(async () => {
  api = await startTestApp();
  admin = await staffToken(api, await newStaff(api, 'admin'));
  moderator = await staffToken(api, await newStaff(api, 'moderator', 'Moderatör Arama'));
  member = (await newVerifiedMember(api, 'Arama Üye')).token;
  run = `zr${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 10)}`;
});
afterAll(() => api.close());

const PATH = '/admin/v1/search/zero-results';

/** Records `query` as a zero-result search `times` times (what SearchService does after an empty answer). */
async function searched(query: string, times: number) {
  const repository = api.app.get(ZeroResultRepository);
  for (let i = 0; i < times; i++) await repository.record(query);
}

const queries = (body: { items: { query: string }[] }) => body.items.map((item) => item.query);

describe('zero-result queries in the admin API', () => {
  it('records a public search that found nothing as folded text, once per search', async () => {
    const word = `zs${run.slice(2)}sahin`;
    // Different filters, so no result cache can answer the second search without running it.
    await api.request(`/v1/search?q=${encodeURIComponent(`${word.toUpperCase()}  Kırmızı`)}`);
    await api.request(`/v1/search?q=${encodeURIComponent(`${word} kirmizi`)}&condition=mint`);
    const query = `${word} kirmizi`;
    let found: { query: string; count: number } | undefined;
    for (const started = Date.now(); Date.now() - started < 5_000; ) {
      const list = await api.request(`${PATH}?q=${word}`, { token: moderator });
      found = list.body.items.find((item: { query: string }) => item.query === query);
      if (found?.count === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(found).toMatchObject({ query, count: 2 });
  });

  it('lists queries to staff, most searched first, then most recent first, with paging and a folded filter', async () => {
    await searched(`${run} lego technic 42115`, 3);
    await searched(`${run} siku traktör`, 7);
    await searched(`${run} ertl john deere`, 1);

    const byCount = await api.request(`${PATH}?q=${run}`, { token: moderator });
    expect(byCount.status).toBe(200);
    expect(queries(byCount.body)).toEqual([
      `${run} siku traktör`,
      `${run} lego technic 42115`,
      `${run} ertl john deere`,
    ]);
    expect(byCount.body).toMatchObject({ total: 3, page: 1, limit: 25 });
    expect(byCount.body.items[0]).toEqual({
      query: `${run} siku traktör`,
      count: 7,
      lastSeenAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });

    const recent = await api.request(`${PATH}?q=${run}&sort=recent`, { token: admin });
    expect(queries(recent.body)[0]).toBe(`${run} ertl john deere`);

    const second = await api.request(`${PATH}?q=${run}&limit=2&page=2`, { token: admin });
    expect(second.body).toMatchObject({ total: 3, page: 2, limit: 2 });
    expect(queries(second.body)).toEqual([`${run} ertl john deere`]);

    // The admin types what the buyer meant; the stored text is folded, and so is the filter.
    const folded = await api.request(`${PATH}?q=${encodeURIComponent(`${run.toUpperCase()} SİKU`)}`, {
      token: admin,
    });
    expect(queries(folded.body)).toEqual([`${run} siku traktör`]);
    // LIKE wildcards are plain characters.
    const wildcard = await api.request(`${PATH}?q=${run}%25`, { token: admin });
    expect(wildcard.body.total).toBe(0);
  });

  it('refuses members with 403 and anonymous callers with 401', async () => {
    const asMember = await api.request(PATH, { token: member });
    expect(asMember.status).toBe(403);
    expect(asMember.body.error.code).toBe('FORBIDDEN');
    const anonymous = await api.request(PATH);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');

    await searched(`${run} korunan`, 1);
    const path = `${PATH}/${encodeURIComponent(`${run} korunan`)}`;
    expect((await api.request(path, { method: 'DELETE', token: member })).status).toBe(403);
    expect((await api.request(path, { method: 'DELETE' })).status).toBe(401);
    const still = await api.request(`${PATH}?q=${run}%20korunan`, { token: admin });
    expect(still.body.total).toBe(1);
  });

  it('answers bad paging and sorting with 400 naming the field', async () => {
    const cases: [method: 'GET' | 'DELETE', path: string, field: string][] = [
      ['GET', `${PATH}?page=0`, 'query.page'],
      ['GET', `${PATH}?page=abc`, 'query.page'],
      ['GET', `${PATH}?limit=500`, 'query.limit'],
      ['GET', `${PATH}?limit=0`, 'query.limit'],
      ['GET', `${PATH}?sort=name`, 'query.sort'],
      ['GET', `${PATH}?q=${'x'.repeat(101)}`, 'query.q'],
      ['GET', `${PATH}?offset=10`, 'query.offset'],
      ['DELETE', `${PATH}/${'x'.repeat(201)}`, 'params.query'],
    ];
    for (const [method, path, field] of cases) {
      const answer = await api.request(path, { method, token: admin });
      expect(answer.status, path).toBe(400);
      expect(answer.body.error.code, path).toBe('VALIDATION_FAILED');
      expect(
        answer.body.error.details.map((d: { field: string }) => d.field),
        path,
      ).toContain(field);
    }
  });

  it('removes a handled query, writes who did it to the audit log, and answers 404 the second time', async () => {
    const query = `${run} 1/64 majorette kamyon`;
    await searched(query, 4);
    const path = `${PATH}/${encodeURIComponent(query)}`;

    const removed = await api.request(path, {
      method: 'DELETE',
      token: moderator,
      headers: { 'x-forwarded-for': '198.51.100.23' },
    });
    expect(removed.status).toBe(204);
    const list = await api.request(`${PATH}?q=${run}%20majorette`, { token: admin });
    expect(list.body.items).toEqual([]);

    const log = await api.request(
      `/admin/v1/audit-log?targetType=zero_result_query&targetId=${encodeURIComponent(query)}`,
      { token: admin },
    );
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({
      action: 'zero_result_query.resolve',
      actor: { displayName: 'Moderatör Arama', role: 'moderator' },
      targetType: 'zero_result_query',
      targetId: query,
      before: { count: 4 },
      after: null,
      ip: '198.51.100.23',
    });

    const again = await api.request(path, { method: 'DELETE', token: moderator });
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('NOT_FOUND');
  });

  it('removes the longest query a search can record (200 characters, URL-encoded in the path)', async () => {
    const query = `${run} ${'koleksiyon arabasi '.repeat(12)}`.slice(0, 199).trim().padEnd(200, 'z');
    await searched(query, 1);
    const removed = await api.request(`${PATH}/${encodeURIComponent(query)}`, {
      method: 'DELETE',
      token: admin,
    });
    expect(removed.status).toBe(204);
  });
});
