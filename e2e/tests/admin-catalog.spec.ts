import { expect, test } from '@playwright/test';
import { sessionToken, signInToAdmin, staff } from './support/admin-sign-in';

// Categories and brands pages for a moderator, and what happens when the API drops the session.
const apiUrl = process.env.E2E_API_URL ?? 'http://127.0.0.1:4001';

type CategoryNode = { slug: string; nameTr: string; children: CategoryNode[] };
type Brand = { name: string };

function countNodes(nodes: CategoryNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countNodes(node.children), 0);
}

test('a moderator lands on the page they asked for and reads the category tree and brands', async ({
  page,
  request,
}) => {
  const tree = (
    (await (await request.get(`${apiUrl}/v1/categories?locale=tr`)).json()) as { items: CategoryNode[] }
  ).items;
  const brands = (await (await request.get(`${apiUrl}/v1/brands?limit=5`)).json()) as {
    items: Brand[];
    total: number;
  };

  await signInToAdmin(page, staff.moderator, { from: '/categories' });
  await expect(page).toHaveURL(/\/categories$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kategoriler' })).toBeVisible();
  await expect(page.getByTestId('category-table').locator('tbody tr')).toHaveCount(countNodes(tree));
  const first = tree[0];
  if (first) await expect(page.locator(`tr#${first.slug}`)).toContainText(first.nameTr);

  await page.getByRole('navigation', { name: 'Ana menü' }).getByRole('link', { name: 'Markalar' }).click();
  await expect(page).toHaveURL(/\/brands$/);
  await expect(page.getByTestId('brand-range')).toContainText(
    new Intl.NumberFormat('tr-TR').format(brands.total),
  );

  const target = brands.items[0];
  if (target) {
    await page.getByRole('searchbox', { name: 'Marka ara' }).fill(target.name);
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(target.name).replace(/%20/g, '\\+')}`));
    await expect(page.getByTestId('brand-table')).toContainText(target.name);
  }
  await page.getByRole('searchbox', { name: 'Marka ara' }).fill('zzzz-no-such-brand');
  await expect(page.getByText('Marka bulunamadı')).toBeVisible();
});

test('when the API rejects the session, the next page load goes back to sign-in', async ({
  page,
  request,
}) => {
  await signInToAdmin(page, staff.moderator, { from: '/brands' });
  await expect(page).toHaveURL(/\/brands$/);

  // Revoke the session behind the panel's back, as an expiry or a sign-out elsewhere would.
  const revoked = await request.post(`${apiUrl}/v1/auth/sign-out`, {
    headers: { authorization: `Bearer ${await sessionToken(page)}` },
  });
  expect(revoked.status()).toBe(204);

  await page.goto('/categories');
  await expect(page).toHaveURL(/\/sign-in\?reason=expired&next=%2Fcategories$/);
  await expect(page.getByTestId('sign-in-notice')).toHaveText(
    'Oturumunuz sona erdi. Lütfen tekrar giriş yapın.',
  );
});
