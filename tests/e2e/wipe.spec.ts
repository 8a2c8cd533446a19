import { expect, expectAccessible, loadSampleGroup, openApp, test, reloadApp } from './fixtures';

/** Count the rows of one IndexedDB store that belong to a group, straight from the database. */
function countFor(page: import('@playwright/test').Page, store: string, groupId: string): Promise<number> {
  return page.evaluate(
    ([name, id]) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('grove-sealed');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name!).objectStore(name!).index('groupId').count(id!);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    [store, groupId],
  );
}

test('wiping a group’s raw content removes its trees and forest after a confirmation, and keeps the group', async ({ page }) => {
  const groupId = await loadSampleGroup(page);
  expect(await countFor(page, 'treeItems', groupId)).toBeGreaterThan(0);

  await openApp(page, `/groups/${groupId}/settings`);
  await page.getByRole('button', { name: 'Wipe raw content…' }).click();
  const dialog = page.getByRole('dialog', { name: /Wipe the raw content of DEMO-/ });
  await expect(dialog).toContainText('Archived PDFs are not touched');
  await expectAccessible(page, 'wipe dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await countFor(page, 'treeItems', groupId)).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Wipe raw content…' }).click();
  await dialog.getByRole('button', { name: 'Wipe for good' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Raw content wiped.' })).toBeVisible();
  await expect(page.getByText(/Raw content was last wiped on/)).toBeVisible();
  expect(await countFor(page, 'treeItems', groupId)).toBe(0);
  expect(await countFor(page, 'trees', groupId)).toBe(0);

  await reloadApp(page);
  await openApp(page, `/groups/${groupId}/roster`);
  await expect(page.getByRole('heading', { name: 'Participants (6)' })).toBeVisible();
});
