import { expect, type Locator, type Page } from '@playwright/test';
import { openApp, reloadApp } from './fixtures';

/** Page helpers for the groups and roster journeys (tests/e2e/groups.spec.ts). */

/** The roster's participant cards. */
export function rows(page: Page): Locator {
  return page.locator('.roster__item');
}

export function row(page: Page, alias: string): Locator {
  return rows(page).filter({ has: page.getByRole('heading', { name: alias, exact: true }) });
}

/** The add-participant form (the one titled "Add a participant"). */
export function addForm(page: Page): Locator {
  return page.locator('form.participant-form').filter({ has: page.getByRole('heading', { name: 'Add a participant' }) });
}

export async function createGroup(page: Page, code: string, name: string): Promise<string> {
  await openApp(page, '/');
  await page.getByRole('button', { name: 'Create group' }).first().click();
  const form = page.getByRole('form', { name: 'Create a group' });
  await form.getByLabel('Group code').fill(code);
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Setting', { exact: true }).selectOption('patient-association');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(page).toHaveURL(/#\/groups\/[^/]+\/roster$/);
  return /#\/groups\/([^/]+)/.exec(page.url())![1]!;
}

/** Start from an empty database: delete it, then reload so the app opens a fresh one. */
export async function resetApp(page: Page): Promise<void> {
  await openApp(page, '/');
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.deleteDatabase('grove-sealed');
        request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
      }),
  );
  await reloadApp(page);
  await expect(page.locator('main')).toBeVisible();
}

export async function setTheme(page: Page, theme: 'Light' | 'Dark'): Promise<void> {
  await openApp(page, '/settings');
  // Settings save at once; the radio shows the stored value, so wait for it rather than use check().
  await page.getByRole('radio', { name: theme }).click();
  await expect(page.getByRole('radio', { name: theme })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
}
