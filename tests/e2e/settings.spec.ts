import { expect, expectAccessible, openApp, test, reloadApp } from './fixtures';

/** App-wide settings: each choice applies at once and survives a reload; storage status is shown. */

test('theme, large print and language apply at once and persist across a reload', async ({ page }) => {
  await openApp(page, '/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'system');
  await expect(page.getByRole('radio', { name: 'Same as the computer' })).toBeChecked();

  // Theme: dark changes the page colours.
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.getByRole('radio', { name: 'Dark' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(lightBackground);

  // Large print: the root font grows.
  const normalSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await page.getByRole('checkbox', { name: 'Large print' }).click();
  await expect(html).toHaveAttribute('data-large-print', 'true');
  await expect.poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(normalSize);

  await reloadApp(page);
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-large-print', 'true');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Large print' })).toBeChecked();
  await expectAccessible(page, 'settings, dark, large print');

  // Language: everything switches at once, navigation included, and stays after a reload.
  await page.getByRole('radio', { name: 'Italiano' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Gruppi' })).toBeVisible();
  await expect(html).toHaveAttribute('lang', 'it');
  await reloadApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Scuro' })).toBeChecked();
  await expect(html).toHaveAttribute('lang', 'it');

  // And back, with the light theme and normal print.
  await page.getByRole('radio', { name: 'English' }).click();
  await page.getByRole('radio', { name: 'Light' }).click();
  await page.getByRole('checkbox', { name: 'Large print' }).click();
  await reloadApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(html).toHaveAttribute('data-large-print', 'false');
  await expectAccessible(page, 'settings, light');
});

test('storage status is shown, and persistent storage can be requested', async ({ page }) => {
  await openApp(page, '/settings');
  const status = page.getByTestId('storage-status');
  await expect(status).toContainText('Persistent storage');
  // Headless Chromium may refuse persistence: never assert it was granted, only that an answer is shown.
  await expect(status).toContainText(/Granted|Not granted/);
  await expect(status.locator('dd').nth(1)).toHaveText(/^\d[\d.,]* (B|KB|MB|GB)$/);
  await expect(status.locator('dd').nth(2)).toHaveText(/^\d[\d.,]* (B|KB|MB|GB|TB)$/);
  const request = page.getByRole('button', { name: 'Request persistent storage' });
  if (await request.isVisible()) {
    await request.click();
    await expect(page.getByRole('status').filter({ hasText: /Persistent storage was granted\.|The request was not granted this time\./ })).toBeVisible();
  }
  // The version comes from the host (the browser fallback here).
  await expect(page.getByText('Web page in this browser')).toBeVisible();
  await expect(page.locator('.facts').last().locator('dd').first()).toHaveText(/^\d+\.\d+\.\d+/);
});

test('the participant-mode PIN is checked, saved and removed', async ({ page }) => {
  await openApp(page, '/settings');
  await expect(page.getByText('No PIN is set')).toBeVisible();
  const pin = page.getByLabel('PIN', { exact: true });
  await pin.fill('12a');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(pin).toHaveAccessibleDescription(/The PIN must be 4 to 8 digits, with nothing else\./);
  await expect(pin).toHaveValue('12a');
  await reloadApp(page);
  await expect(page.getByText('No PIN is set')).toBeVisible();

  await page.getByLabel('PIN', { exact: true }).fill('2468');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'PIN saved.' })).toBeVisible();
  await reloadApp(page);
  await expect(page.getByText('A PIN is set.')).toBeVisible();
  const stored = await page.evaluate(async () => (await window.groveStore.getAll('settings')).find((row) => row.key === 'participantPin')?.value);
  expect(stored).toBe('2468');

  await page.getByRole('button', { name: 'Remove PIN' }).click();
  await expect(page.getByText('No PIN is set')).toBeVisible();
});
