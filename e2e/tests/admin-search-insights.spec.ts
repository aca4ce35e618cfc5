import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { sessionToken, signInToAdmin, staff } from './support/admin-sign-in';
import { apiUrl, clientIp } from './web-account-support';
import { uniqueWord } from './web-search-support';

// Zero-result searches in the panel: a buyer's search that finds nothing is counted; an admin finds it on
// /search-insights with its count, can try it on the site, and marks it handled, which removes it from the list.

const SHOTS = '/tmp/shots';

async function shoot(page: Page, name: string, width: number) {
  await page.setViewportSize({ width, height: width < 500 ? 844 : 900 });
  await page.screenshot({ path: `${SHOTS}/admin-search-insights-${name}-${width}.png`, fullPage: true });
}

test('an admin sees searches that found nothing, most searched first, and marks one handled', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  mkdirSync(SHOTS, { recursive: true });
  const word = uniqueWord('zqx');
  const often = `${word} kamyon`;
  const once = `${word} vinc`;

  // Searches that find nothing. Typed in capitals or with a filter, they still count as the same folded text.
  const search = async (path: string) => {
    const answer = await request.get(`${apiUrl}${path}`, { headers: clientIp() });
    expect(answer.status()).toBe(200);
    expect(((await answer.json()) as { total: number }).total).toBe(0);
  };
  await search(`/v1/search?q=${word.toUpperCase()}`);
  await search(`/v1/search?q=${word}&condition=mint`);
  for (let page = 1; page <= 5; page++)
    await search(`/v1/search?q=${encodeURIComponent(often)}&page=${page}`);
  await search(`/v1/search?q=${encodeURIComponent(once)}`);
  expect((await request.get(`${apiUrl}/admin/v1/search/zero-results`)).status()).toBe(401);

  await page.setViewportSize({ width: 1280, height: 900 });
  await signInToAdmin(page, staff.admin, { from: '/search-insights' });
  await expect(page).toHaveURL(/\/search-insights$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sonuçsuz aramalar' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Ana menü' }).getByRole('link', { name: 'Sonuçsuz aramalar' }),
  ).toHaveAttribute('aria-current', 'page');

  // The search box narrows the list (debounced, kept in the URL); most searched first.
  await page.getByLabel('Sorgularda ara').fill(word.toUpperCase());
  await expect(page).toHaveURL(new RegExp(`\\?q=${word.toUpperCase()}$`));
  const rows = page.getByTestId('zero-result-table').locator('tbody tr');
  const row = (query: string) => page.locator(`tr[data-query="${query}"]`);
  await expect(row(word)).toBeVisible();
  await expect(rows).toHaveCount(3);
  expect(await rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-query')))).toEqual([
    often,
    word,
    once,
  ]);
  await expect(row(often).getByTestId('zero-result-count')).toHaveText('5');
  await expect(row(word).getByTestId('zero-result-count')).toHaveText('2');
  await expect(row(word).locator('time').last()).toHaveText(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
  await expect(page.getByTestId('search-insights-range')).toHaveText('1–3 / 3 sorgu');

  const onSite = row(word).getByRole('link', { name: new RegExp(`“${word}” aramasını sitede`) });
  await expect(onSite).toHaveAttribute('href', `http://127.0.0.1:4000/ara?q=${word}`);
  await expect(onSite).toHaveAttribute('target', '_blank');
  await shoot(page, 'list', 1280);
  await shoot(page, 'list', 390);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The sort is part of the URL too: the query searched last comes first.
  await page.getByTestId('zero-result-sort').selectOption('recent');
  await expect(page).toHaveURL(new RegExp(`\\?q=${word.toUpperCase()}&sort=recent$`));
  await expect(rows.first()).toHaveAttribute('data-query', once);

  // Handled: the row goes, a line says so, the list stays where it was, and the audit log has who did it.
  await row(word)
    .getByRole('button', { name: new RegExp(`“${word}” çözüldü`) })
    .click();
  await expect(page.getByTestId('search-insights-done')).toContainText(
    `Çözüldü olarak işaretlendi: “${word}”`,
  );
  await expect(page).toHaveURL(/sort=recent/);
  await expect(row(word)).toHaveCount(0);
  await expect(rows).toHaveCount(2);
  await shoot(page, 'handled', 1280);
  await shoot(page, 'handled', 390);
  // The same list in English, dark.
  await page.context().addCookies([{ name: 'tarodan_admin_locale', value: 'en', url: page.url() }]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => localStorage.setItem('tarodan-admin-theme', 'dark'));
  await page.goto(`/search-insights?q=${word}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Zero-result searches' })).toBeVisible();
  await shoot(page, 'en-dark', 1280);
  await page.context().addCookies([{ name: 'tarodan_admin_locale', value: 'tr', url: page.url() }]);

  const token = await sessionToken(page);
  const audit = await request.get(
    `${apiUrl}/admin/v1/audit-log?targetType=zero_result_query&targetId=${encodeURIComponent(word)}`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  expect(audit.status()).toBe(200);
  const entries = ((await audit.json()) as { items: { action: string; before: { count: number } }[] }).items;
  expect(entries).toEqual([
    expect.objectContaining({
      action: 'zero_result_query.resolve',
      before: expect.objectContaining({ count: 2 }),
    }),
  ]);

  // Nothing matches: the empty state says what was searched.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/search-insights?q=${word}zz`);
  await expect(page.getByTestId('search-insights-empty')).toContainText(
    `“${word}zz” içeren sonuçsuz arama yok`,
  );
  await shoot(page, 'empty', 1280);
});
