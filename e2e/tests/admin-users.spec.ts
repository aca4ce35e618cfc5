import { expect, test } from '@playwright/test';
import { sessionToken, signInToAdmin, staff } from './support/admin-sign-in';

// Users in the panel: list, search and filters in the URL, the detail page and the actions each staff role may take.
const apiUrl = process.env.E2E_API_URL ?? 'http://127.0.0.1:4001';
const suspended = { name: 'Can Öztürk', email: 'can@tarodan.test', password: 'Tarodan-Uye-2026!' };
const untouched = { name: 'Zeynep Şahin', email: 'zeynep@tarodan.test' };

test('an admin finds a member, suspends them with a reason and reads it in the audit trail', async ({
  page,
  request,
}) => {
  await signInToAdmin(page, staff.admin, { from: '/users' });
  await expect(page).toHaveURL(/\/users$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kullanıcılar' })).toBeVisible();
  const table = page.getByTestId('user-table');
  await expect(table.getByRole('link', { name: staff.moderator.displayName })).toBeVisible();

  // Search and filters live in the URL.
  await page.getByRole('searchbox', { name: 'Kullanıcı ara' }).fill('Öztürk');
  await expect(page).toHaveURL(/[?&]q=%C3%96zt%C3%BCrk/);
  await page.getByRole('combobox', { name: 'Rol' }).selectOption('member');
  await expect(page).toHaveURL(/[?&]role=member/);
  await expect(table.locator('tbody tr')).toHaveCount(1);
  const row = table.locator('tbody tr').first();
  await expect(row).toContainText(suspended.email);
  await expect(row.getByTestId('status-badge')).toHaveText('Etkin');

  await page.getByRole('combobox', { name: 'Durum' }).selectOption('banned');
  await expect(page).toHaveURL(/[?&]status=banned/);
  await expect(page.getByText('Kullanıcı bulunamadı')).toBeVisible();
  await page.goBack();
  await expect(page).not.toHaveURL(/status=banned/);

  await page.getByTestId('user-table').getByRole('link', { name: suspended.name }).click();
  await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: suspended.name })).toBeVisible();
  await expect(page.getByTestId('user-status').getByTestId('status-badge')).toHaveText('Etkin');

  // Suspend, with the reason the dialog asks for.
  const reason = 'Sahte ilan şikâyetleri (e2e)';
  await page.getByTestId('user-actions').getByRole('button', { name: 'Askıya al' }).click();
  const dialog = page.getByRole('dialog', { name: `${suspended.name} askıya alınsın mı?` });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Gerekçe').fill(reason);
  await dialog.getByRole('button', { name: 'Askıya al' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('user-action-done')).toHaveText('Kaydedildi: Askıya alındı');

  // The page shows the new state: status, reason, and the audit entry by this admin.
  await expect(page.getByTestId('user-status').getByTestId('status-badge')).toHaveText('Askıda');
  await expect(page.getByTestId('user-status-reason')).toHaveText(reason);
  const entry = page.getByTestId('audit-trail').getByTestId('audit-entry').first();
  await expect(entry).toContainText(staff.admin.displayName);
  await expect(entry).toContainText(reason);
  await expect(page.getByTestId('user-actions').getByRole('button', { name: 'Askıya al' })).toBeHidden();
  await expect(
    page.getByTestId('user-actions').getByRole('button', { name: 'Yeniden etkinleştir' }),
  ).toBeVisible();

  // And the API holds to it: the member can no longer sign in.
  const signIn = await request.post(`${apiUrl}/v1/auth/sign-in`, {
    data: { email: suspended.email, password: suspended.password, client: 'web' },
  });
  expect(signIn.status()).toBe(403);
});

test('a moderator may suspend but sees no ban, reinstate or role action, and the API refuses a ban with 403', async ({
  page,
  request,
}) => {
  await signInToAdmin(page, staff.moderator, { from: '/users', recoveryCode: true });
  await page.getByRole('searchbox', { name: 'Kullanıcı ara' }).fill('Şahin');
  // The search applies after a pause and re-renders the table: click only once the filtered list is shown.
  await expect(page).toHaveURL(/[?&]q=%C5%9Eahin/);
  await page.getByTestId('user-table').getByRole('link', { name: untouched.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: untouched.name })).toBeVisible();

  const actions = page.getByTestId('user-actions');
  await expect(actions.getByRole('button', { name: 'Askıya al' })).toBeVisible();
  for (const hidden of ['Yasakla', 'Yeniden etkinleştir', 'Rolü değiştir']) {
    await expect(actions.getByRole('button', { name: hidden })).toHaveCount(0);
  }

  const id = page.url().split('/').pop() ?? '';
  const headers = { authorization: `Bearer ${await sessionToken(page)}` };
  const ban = await request.post(`${apiUrl}/admin/v1/users/${id}/ban`, {
    headers,
    data: { reason: 'Moderatör yasaklamayı denedi (e2e)' },
  });
  expect(ban.status()).toBe(403);
  const role = await request.put(`${apiUrl}/admin/v1/users/${id}/role`, { headers, data: { role: 'admin' } });
  expect(role.status()).toBe(403);

  await page.reload();
  await expect(page.getByTestId('user-status').getByTestId('status-badge')).toHaveText('Etkin');
});
