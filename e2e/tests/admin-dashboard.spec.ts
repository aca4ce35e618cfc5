import { type APIRequestContext, expect, test } from '@playwright/test';
import { sessionToken, signInToAdmin, staff } from './support/admin-sign-in';

// The admin's round trip: sign in (with TOTP), dashboard figures equal the API's, dark mode, sign out.
const apiUrl = process.env.E2E_API_URL ?? 'http://127.0.0.1:4001';
const SESSION_COOKIE = 'tarodan_admin';
const trNumber = new Intl.NumberFormat('tr-TR');

type CategoryCount = { slug: string; name: string; subcategories: number; listings: number };

/** The figures the dashboard should show, read straight from the API with the panel's own session. */
async function expectedFigures(request: APIRequestContext, token: string) {
  const headers = { authorization: `Bearer ${token}` };
  const counts = await request.get(`${apiUrl}/admin/v1/dashboard/category-counts?locale=tr`, { headers });
  expect(counts.status()).toBe(200);
  const brands = await request.get(`${apiUrl}/v1/brands?limit=1`);
  expect(brands.status()).toBe(200);
  const items = ((await counts.json()) as { items: CategoryCount[] }).items;
  return {
    items,
    topLevel: items.length,
    subcategories: items.reduce((sum, item) => sum + item.subcategories, 0),
    listings: items.reduce((sum, item) => sum + item.listings, 0),
    brands: ((await brands.json()) as { total: number }).total,
  };
}

test.use({ colorScheme: 'light' });

test('an admin signs in, sees the dashboard as the API counts it, turns on dark mode and signs out', async ({
  page,
  request,
}) => {
  await signInToAdmin(page, staff.admin);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Gösterge Paneli' })).toBeVisible();

  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
  const expected = await expectedFigures(request, await sessionToken(page));
  expect(expected.topLevel).toBeGreaterThan(0);

  const stat = (id: string) => page.getByTestId(`stat-${id}`).getByTestId('stat-value');
  await expect(stat('top-level')).toHaveText(trNumber.format(expected.topLevel));
  await expect(stat('subcategories')).toHaveText(trNumber.format(expected.subcategories));
  await expect(stat('brands')).toHaveText(trNumber.format(expected.brands));
  await expect(stat('listings')).toHaveText(trNumber.format(expected.listings));

  const chart = page.getByTestId('chart-subcategories');
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  const withSubcategories = expected.items.filter((item) => item.subcategories > 0);
  await expect(chart.locator('svg .recharts-bar-rectangle path')).toHaveCount(withSubcategories.length);
  // One y-axis label per top-level category (long names wrap into several <tspan>s).
  const labels = await chart
    .locator('svg .recharts-yAxis-tick-labels text')
    .evaluateAll((texts) =>
      texts.map((text) => [...text.querySelectorAll('tspan')].map((span) => span.textContent).join(' ')),
    );
  expect(labels).toEqual(expected.items.map((item) => item.name));

  // Dark mode: a class on <html>, remembered in localStorage and applied before paint on the next load.
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/\bdark\b/);
  await page.getByTestId('theme-toggle').click();
  await expect(html).toHaveClass(/\bdark\b/);
  expect(await page.evaluate(() => localStorage.getItem('tarodan-admin-theme'))).toBe('dark');
  await page.reload({ waitUntil: 'domcontentloaded' });
  expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);
  await page.getByTestId('theme-toggle').click();
  await expect(html).not.toHaveClass(/\bdark\b/);

  // Sign out from the user menu: the cookie goes, and the API no longer accepts the session.
  await page.getByTestId('user-menu').click();
  await expect(page.getByTestId('user-role')).toHaveText('Yönetici');
  await page.getByRole('menuitem', { name: 'Çıkış yap' }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out$/);
  await expect(page.getByTestId('sign-in-notice')).toHaveText('Çıkış yaptınız.');
  expect((await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
  const me = await request.get(`${apiUrl}/v1/auth/me`, {
    headers: { authorization: `Bearer ${cookie?.value}` },
  });
  expect(me.status()).toBe(401);

  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in\?next=%2F$/);
});
