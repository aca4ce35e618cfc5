import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let api: TestApp;
beforeAll(async () => {
  api = await startTestApp();
});
afterAll(() => api.close());

const gql = (query: string, variables?: Record<string, unknown>) =>
  api.request('/graphql', { method: 'POST', json: { query, variables } });

describe('categories over REST', () => {
  it('returns the tree of collectible toy categories in Turkish by default', async () => {
    const { status, body } = await api.request('/v1/categories');
    expect(status).toBe(200);
    const slugs = body.items.map((c: { slug: string }) => c.slug);
    expect(slugs).toEqual([
      'diecast-arabalar',
      'aksiyon-figurleri',
      'lego-ve-yapi-setleri',
      'model-trenler',
      'oyuncak-bebekler',
      'pelus-oyuncaklar',
      'maket-kitleri',
      'koleksiyon-kartlari',
      'vintage-oyuncaklar',
    ]);
    const diecast = body.items[0];
    expect(diecast.name).toBe('Diecast Arabalar');
    expect(diecast.children.map((c: { slug: string }) => c.slug)).toContain('treasure-hunt');
  });

  it('answers in English when asked', async () => {
    const { body } = await api.request('/v1/categories?locale=en');
    expect(body.items[1].name).toBe('Action Figures');
    expect(body.items[1].nameTr).toBe('Aksiyon Figürleri');
  });

  it('finds a category by slug or id with its breadcrumb path', async () => {
    const bySlug = await api.request('/v1/categories/treasure-hunt');
    expect(bySlug.status).toBe(200);
    expect(bySlug.body.path.map((c: { slug: string }) => c.slug)).toEqual([
      'diecast-arabalar',
      'treasure-hunt',
    ]);
    const byId = await api.request(`/v1/categories/${bySlug.body.category.id}`);
    expect(byId.body.category.slug).toBe('treasure-hunt');
  });

  it('answers 404 in the error shape for an unknown category', async () => {
    const { status, body, headers } = await api.request('/v1/categories/uzay-gemileri');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'NOT_FOUND', message: 'Category not found: uzay-gemileri' });
    expect(body.error.requestId).toBe(headers.get('x-request-id'));
  });

  it('rejects a malformed slug and a bad locale with the field and the reason', async () => {
    const slug = await api.request('/v1/categories/Bad%20Slug!');
    expect(slug.status).toBe(400);
    expect(slug.body.error.code).toBe('VALIDATION_FAILED');
    expect(slug.body.error.details[0].field).toBe('params.idOrSlug');

    const locale = await api.request('/v1/categories?locale=de');
    expect(locale.status).toBe(400);
    expect(locale.body.error.details).toEqual([
      { field: 'query.locale', reason: expect.stringContaining('"tr"') },
    ]);
  });
});

describe('brands over REST', () => {
  it('searches brands by name, case-insensitively, with paging', async () => {
    const { body } = await api.request('/v1/brands?q=wheels');
    expect(body.items.map((b: { name: string }) => b.name)).toEqual(['Hot Wheels']);
    const page = await api.request('/v1/brands?limit=5&offset=5');
    expect(page.body.items).toHaveLength(5);
    expect(page.body.total).toBeGreaterThan(30);
    expect(page.body).toMatchObject({ limit: 5, offset: 5 });
  });

  it('treats LIKE wildcards in the search as plain text', async () => {
    const { body } = await api.request('/v1/brands?q=%25');
    expect(body.items).toEqual([]);
  });

  it('rejects an out-of-range limit naming the field', async () => {
    const { status, body } = await api.request('/v1/brands?limit=100000');
    expect(status).toBe(400);
    expect(body.error.details[0].field).toBe('query.limit');
  });

  it('finds a brand with a Turkish-folded slug', async () => {
    const { status, body } = await api.request('/v1/brands/marklin');
    expect(status).toBe(200);
    expect(body).toMatchObject({ name: 'Märklin', country: 'DE' });
  });
});

describe('catalog over GraphQL', () => {
  it('returns the same categories as REST', async () => {
    const rest = await api.request('/v1/categories?locale=en');
    const { status, body } = await gql(
      'query($l: String) { categories(locale: $l) { id slug name children { slug } } }',
      { l: 'en' },
    );
    expect(status).toBe(200);
    expect(body.data.categories).toEqual(
      rest.body.items.map((c: { id: string; slug: string; name: string; children: { slug: string }[] }) => ({
        id: c.id,
        slug: c.slug,
        name: c.name,
        children: c.children.map((child) => ({ slug: child.slug })),
      })),
    );
  });

  it('reports an unknown category as a NOT_FOUND error, not a server error', async () => {
    const { body } = await gql('{ category(idOrSlug: "yok-boyle-bir-sey") { category { slug } } }');
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('rejects bad arguments with the field and reason', async () => {
    const { body } = await gql('{ brands(limit: 0) { total } }');
    expect(body.errors[0].extensions.code).toBe('VALIDATION_FAILED');
    expect(body.errors[0].extensions.details[0].field).toBe('args.limit');
  });

  it('answers a malformed query with a 400', async () => {
    const { status, body } = await gql('{ categories { ');
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/Syntax Error/);
  });
});
