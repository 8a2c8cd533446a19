import { readFileSync } from 'node:fs';
import { Decrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { test, expect, openApp, expectAccessible, loadSampleGroup, reloadApp } from './fixtures';
import type { Page } from '@playwright/test';

/** Adds a coordinator's public key in Settings, through the form a person uses; returns its secret half. */
async function addCoordinatorKey(page: Page): Promise<string> {
  const identity = await generateX25519Identity();
  const region = page.getByRole('region', { name: 'Backup and restore' });
  await region.getByLabel('Add a public key (age1…)').fill(identity);
  await region.getByRole('button', { name: 'Add key' }).click();
  await expect(region.getByText('This is not an age public key')).toBeVisible();
  await region.getByLabel('Add a public key (age1…)').fill(await identityToRecipient(identity));
  await region.getByRole('button', { name: 'Add key' }).click();
  await expect(region.getByText(/Added key, fingerprint [0-9A-F]{4} [0-9A-F]{4}/)).toBeVisible();
  return identity;
}

async function clearGroupsThroughIndexedDb(page: Page): Promise<void> {
  // As a lost laptop's new install would be: the groups and rosters are gone.
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
}

test('an encrypted backup is refused without a key, checked in a scratch copy, and restores deleted data', async ({ page }) => {
  await loadSampleGroup(page);
  const groupHeading = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await openApp(page, '/settings');
  const region = page.getByRole('region', { name: 'Backup and restore' });

  // Set-up made a recovery key, so a backup is always encrypted to it; a coordinator's key is added too, and
  // that identity opens the file here. (Fail-closed without any key is covered by the unit tests.)
  const identity = await addCoordinatorKey(page);
  const downloadPromise = page.waitForEvent('download');
  await region.getByRole('button', { name: 'Save an encrypted backup…' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^grove-backup-\d{4}-\d{2}-\d{2}-\d{4}\.age$/);
  const backupPath = await download.path();
  const bytes = new Uint8Array(readFileSync(backupPath));
  expect(new TextDecoder().decode(bytes.subarray(0, 21))).toBe('age-encryption.org/v1');
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  const backup = JSON.parse(await decrypter.decrypt(bytes, 'text'));
  expect(backup).toMatchObject({ format: 'grove-backup', version: 2 });
  expect(backup.tables.participants).toHaveLength(6);
  await expect(region.getByRole('status')).toContainText('Encrypted backup saved');
  await expectAccessible(page, 'settings with backup keys');

  // The restore drill: a wrong key is refused in the dialog, the right one shows what the file holds.
  await region.getByRole('button', { name: 'Check a backup…' }).click();
  await page.getByTestId('restore-file').setInputFiles(backupPath);
  const keyDialog = page.getByRole('dialog', { name: 'This backup is encrypted' });
  await keyDialog.getByLabel('Key (AGE-SECRET-KEY-1…)').fill(await generateX25519Identity());
  await keyDialog.getByRole('button', { name: 'Open the backup' }).click();
  await expect(keyDialog.getByRole('alert')).toContainText('That key does not open this backup');
  await expectAccessible(page, 'backup key dialog');
  await keyDialog.getByLabel('Key (AGE-SECRET-KEY-1…)').fill(identity.toLowerCase());
  await keyDialog.getByRole('button', { name: 'Open the backup' }).click();
  await expect(keyDialog).toBeHidden();
  const report = region.getByRole('status').filter({ hasText: 'opens and is complete' });
  await expect(report).toContainText('1 group');
  await expect(report).toContainText('4 sessions');
  await expect(report).toContainText('6 trees');
  await expect(report).toContainText('Nothing stored was changed');
  await expectAccessible(page, 'backup check report');

  await clearGroupsThroughIndexedDb(page);

  // A file that is not a backup is refused with a message.
  await region.getByRole('button', { name: 'Restore from a backup…' }).click();
  await page.getByTestId('restore-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(region.getByRole('alert')).toContainText('not a Grove backup');

  await region.getByRole('button', { name: 'Restore from a backup…' }).click();
  await page.getByTestId('restore-file').setInputFiles(backupPath);
  await keyDialog.getByLabel('Key (AGE-SECRET-KEY-1…)').fill(identity);
  await keyDialog.getByRole('button', { name: 'Open the backup' }).click();
  const confirm = page.getByRole('dialog', { name: 'Replace all data with this backup?' });
  await expect(confirm).toContainText('6 participants');
  // What is stored now (sessions, trees, the added key) is saved as an encrypted safety copy first.
  const safetyPromise = page.waitForEvent('download');
  await confirm.getByRole('button', { name: 'Replace all data' }).click();
  const safety = await safetyPromise;
  expect(safety.suggestedFilename()).toMatch(/^grove-safety-copy-.*\.age$/);
  const safetyCopy = JSON.parse(await decrypter.decrypt(new Uint8Array(readFileSync(await safety.path())), 'text'));
  expect(safetyCopy.tables.groups).toHaveLength(0);
  expect(safetyCopy.tables.sessions).toHaveLength(4);
  await expect(region.getByRole('status')).toContainText('Restored the backup');

  await openApp(page, '/');
  await expect(page.getByText(groupHeading)).toBeVisible();
  await reloadApp(page);
  await expect(page.getByText(groupHeading)).toBeVisible();
});

test('a version 1 plain backup from the first release still restores, and a plain export is a warned choice', async ({ page }) => {
  await loadSampleGroup(page);
  const groupHeading = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await openApp(page, '/settings');
  const region = page.getByRole('region', { name: 'Backup and restore' });

  await region.getByText('Unencrypted export').click();
  await region.getByRole('button', { name: 'Export without encryption…' }).click();
  const warn = page.getByRole('dialog', { name: 'Export everything without encryption?' });
  await expect(warn).toContainText('can be read by anyone');
  const downloadPromise = page.waitForEvent('download');
  await warn.getByRole('button', { name: 'Export unencrypted' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const plain = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const v1 = { format: 'grove-backup', version: 1, schemaVersion: 1, createdAt: plain.createdAt, tables: plain.tables };

  await clearGroupsThroughIndexedDb(page);
  // The database still holds sessions and trees: a safety copy (encrypted to the recovery key) comes first.
  const confirm = page.getByRole('dialog', { name: 'Replace all data with this backup?' });
  await region.getByRole('button', { name: 'Restore from a backup…' }).click();
  await page.getByTestId('restore-file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v1)) });
  const safetyPromise = page.waitForEvent('download');
  await confirm.getByRole('button', { name: 'Replace all data' }).click();
  await safetyPromise;
  await expect(region.getByRole('status')).toContainText('Restored the backup');
  await openApp(page, '/');
  await expect(page.getByText(groupHeading)).toBeVisible();
});

test('the home screen reminds gently until a verified backup is saved, and Settings says what it holds', async ({ page }) => {
  await loadSampleGroup(page);
  await openApp(page, '/');
  const reminder = page.getByText('No backup of Grove’s data has been made yet.');
  await expect(reminder).toBeVisible();
  await expectAccessible(page, 'home with backup reminder');
  await page.getByRole('link', { name: 'Make one in Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  const auto = page.getByTestId('backup-auto');
  await expect(auto).toContainText('No verified backup yet.');
  const identity = await addCoordinatorKey(page);
  const downloadPromise = page.waitForEvent('download');
  await auto.getByRole('button', { name: 'Save a verified backup now' }).click();
  const download = await downloadPromise;
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  const backup = JSON.parse(await decrypter.decrypt(new Uint8Array(readFileSync(await download.path())), 'text'));
  expect(backup.tables.trees).toHaveLength(6);

  const last = auto.getByRole('definition');
  await expect(auto.getByText('Last verified backup', { exact: true })).toBeVisible();
  await expect(last.filter({ hasText: 'grove-backup-' })).toBeVisible();
  await expect(last.filter({ hasText: '6 trees' })).toBeVisible();
  await expectAccessible(page, 'settings with last verified backup');

  await openApp(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(reminder).toBeHidden();
  await reloadApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(reminder).toBeHidden();
});
