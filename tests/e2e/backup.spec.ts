import { readFileSync } from 'node:fs';
import { test, expect, openApp, expectAccessible, loadSampleGroup, reloadApp } from './fixtures';

test('a backup saved from Settings restores deleted data, and a bad file changes nothing', async ({ page }) => {
  await loadSampleGroup(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const groupHeading = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();

  await openApp(page, '/settings');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^grove-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = await download.path();
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
  expect(backup.format).toBe('grove-backup');
  expect(backup.tables.participants).toHaveLength(6);
  await expectAccessible(page, 'settings with backup');

  // Replace the data: delete every group through raw IndexedDB, as a lost laptop's new install would be empty.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('grove-sealed');
        open.onsuccess = () => {
          const tx = open.result.transaction(['groups', 'participants'], 'readwrite');
          tx.objectStore('groups').clear();
          tx.objectStore('participants').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

  // A file that is not a backup is refused with a message.
  await page.getByTestId('restore-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.getByRole('alert')).toContainText('not a Grove backup');

  await page.getByTestId('restore-file').setInputFiles(backupPath);
  const dialog = page.getByRole('dialog', { name: 'Replace all data with this backup?' });
  await expect(dialog).toContainText('6 participants');
  await dialog.getByRole('button', { name: 'Replace all data' }).click();
  await expect(page.getByRole('region', { name: 'Backup and restore' }).getByRole('status')).toContainText('Restored the backup');

  await openApp(page, '/');
  await expect(page.getByText(groupHeading)).toBeVisible();
  await reloadApp(page);
  await expect(page.getByText(groupHeading)).toBeVisible();
});
