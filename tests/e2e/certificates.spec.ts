import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, loadSampleGroup, openApp, test } from './fixtures';

/** Every row of every table of the app's database, opened, as text. */
function dumpDatabase(page: Page): Promise<string> {
  // Every table opened (decrypted), so a name cannot hide behind the encryption at rest; and the web storages.
  return page.evaluate(async () => {
    const tables = ['groups', 'participants', 'sessions', 'library', 'trees', 'treeItems', 'forestItems', 'records', 'archive', 'settings'];
    const out: Record<string, unknown[]> = {};
    for (const name of tables) out[name] = await window.groveStore.getAll(name);
    return JSON.stringify(out) + JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
  });
}

async function pdfText(download: import('@playwright/test').Download): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'grove-certificates-'));
  await download.saveAs(join(dir, 'c.pdf'));
  return execFileSync('pdftotext', [join(dir, 'c.pdf'), '-']).toString();
}

const REAL_NAME = 'Nguyễn Thị Mai';

test('certificates for three participants, one with a real name typed at print time that is never stored', async ({ page }) => {
  const groupId = await loadSampleGroup(page);
  await openApp(page, `/groups/${groupId}/sessions`);
  await page.getByRole('link', { name: 'Certificates and celebration' }).click();
  // Oak, Willow and Birch have print consent in the sample group; River has not.
  for (const alias of ['Oak', 'Willow', 'Birch', 'River']) {
    await page.getByRole('radiogroup', { name: alias }).getByRole('radio', { name: 'Present' }).click();
  }
  await expect(page.locator('.attendance__summary')).toContainText('4 present');
  await page.getByRole('link', { name: 'Certificates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Certificates: session 4' })).toBeVisible();

  const person = page.getByLabel('Certificate for');
  await expect(person.locator('option')).toHaveText(['Oak — ready to print', 'Willow — ready to print', 'River — no print consent', 'Birch — ready to print']);

  // Oak: their own words, an acknowledgement from Willow.
  await page.getByLabel('Their words').fill('I am good at listening. I hope to walk the Camino next spring.');
  await page.getByLabel('From Willow').fill('You made everyone feel welcome.');
  await page.getByRole('button', { name: 'Save certificate' }).click();
  await expect(page.getByText('Certificate saved.')).toBeVisible();
  await expect(page.getByTestId('certificate-preview')).toContainText('Willow: You made everyone feel welcome.');
  await expectAccessible(page, 'certificate maker');

  for (const [alias, words] of [['Willow', 'Patience and good soup.'], ['Birch', 'I know how to make people laugh.']] as const) {
    await person.selectOption({ label: `${alias} — ready to print` });
    await expect(page.getByRole('heading', { level: 2, name: alias })).toBeVisible();
    await page.getByLabel('Their words').fill(words);
    await page.getByRole('button', { name: 'Save certificate' }).click();
    await expect(page.getByText('Certificate saved.')).toBeVisible();
  }

  // River has no print consent: nothing can be printed for them.
  await person.selectOption({ label: 'River — no print consent' });
  await expect(page.getByRole('button', { name: 'Print this certificate' })).toBeDisabled();
  await expect(page.getByText('This person has not given print consent')).toBeVisible();

  // Back to Oak: type the real name, Letter paper, classic design, print all three as one PDF.
  await person.selectOption({ label: 'Oak — ready to print' });
  await page.getByRole('radio', { name: 'Classic' }).check();
  await page.getByRole('radio', { name: 'Letter' }).check();
  const realName = page.getByLabel('Real name for this print only (optional)');
  await realName.fill(REAL_NAME);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print all (3) as one PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).not.toContain('Nguy');
  const text = await pdfText(file);
  expect(text).toContain(REAL_NAME);
  expect(text).toContain('You made everyone feel welcome.');
  expect(text).toContain('Patience and good soup.');
  expect(text).toContain('I know how to make people laugh.');
  expect(text).not.toContain('River');
  // The field is cleared, and the name is nowhere in the database or web storage.
  await expect(realName).toHaveValue('');
  expect(await dumpDatabase(page)).not.toContain('Nguy');

  // Printing again without a name gives the alias.
  const again = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Print this certificate' }).click();
  const second = await pdfText(await again);
  expect(second).toContain('Oak');
  expect(second).not.toContain(REAL_NAME);
});
