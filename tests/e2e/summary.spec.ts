import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, loadSampleGroup, openApp, test, reloadApp } from './fixtures';

/**
 * A facilitator writes a session record full of personal data, reviews the anonymiser's findings, undoes a
 * false positive, redacts a phrase by selection and one by typing, attests and exports. The PDF that lands
 * on disk must contain none of the personal data, keep the undone word, and pass qpdf --check.
 */

const PHONE = '+39 333 123 4567';
const EMAIL = 'anna.rossi@example.com';

async function addPrivateNames(page: Page, alias: string, names: string[]): Promise<void> {
  await page.getByRole('button', { name: `Edit ${alias}` }).click();
  await page.getByLabel('Names to remove from exports').fill(names.join('\n'));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: alias, exact: true }) });
  await expect(row.getByText(`${names.length} private names kept`)).toBeVisible();
}

async function openSession2(page: Page, groupId: string): Promise<string> {
  await openApp(page, `/groups/${groupId}/sessions`);
  await page.getByRole('link', { name: 'Forest of Life: telling and re-telling' }).click();
  await expect(page).toHaveURL(/sessions\/[^/]+$/);
  return /sessions\/([^/]+)$/.exec(page.url())![1]!;
}

async function mark(page: Page, alias: string, status: 'Present' | 'Late' | 'Left early' | 'Absent'): Promise<void> {
  await page.getByRole('radiogroup', { name: alias }).getByLabel(status, { exact: true }).check();
}

async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

test('record, review, undo a false positive, attest and export an anonymised PDF', async ({ page }) => {
  const groupId = await loadSampleGroup(page);
  await addPrivateNames(page, 'Oak', ['Margaret Ellison', 'Maggie']);
  await addPrivateNames(page, 'Willow', ['Giuseppe Ferri', 'Peppe']);

  const sessionId = await openSession2(page, groupId);
  await mark(page, 'Oak', 'Present');
  await mark(page, 'Willow', 'Present');
  await mark(page, 'River', 'Late');
  await mark(page, 'Robin', 'Present');
  await mark(page, 'Fern', 'Absent');
  await mark(page, 'Birch', 'Present');

  await page.getByRole('link', { name: 'Session record' }).click();
  await expect(page).toHaveURL(new RegExp(`sessions/${sessionId}/record$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Session record' })).toBeVisible();
  await expectAccessible(page, 'record screen');

  await page.getByRole('textbox', { name: 'Facilitator roles' }).fill('Lead F1, co-facilitator P2');
  await page.getByLabel('Theme', { exact: true }).fill('Family recipes and songs keep people steady');
  await page.getByRole('radio', { name: 'Most' }).check();
  await page.getByRole('button', { name: 'Add theme' }).click();
  await expect(page.getByText('Family recipes and songs keep people steady')).toBeVisible();
  await page.getByRole('textbox', { name: 'Group process' }).fill('Maggie and Oak needed a pause. We ended with a song by Adele. Peppe led the breathing.');
  await page
    .getByRole('textbox', { name: 'Facilitator reflection' })
    .fill(`Margaret Ellison asked to be called on ${PHONE} or at ${EMAIL} about transport to Ward 7. The fire drill cut the re-telling short.`);
  await page.getByRole('textbox', { name: 'Next steps' }).fill('Book the Tuesday circle room again.');
  await page.getByRole('textbox', { name: 'Private notes' }).fill('PRIVATE-NOTE-XYZ Giuseppe Ferri lives on Via Roma 12');
  await page.getByRole('group', { name: 'Follow-up offered' }).getByLabel('One', { exact: true }).check();
  await page.getByRole('spinbutton', { name: 'Emotional' }).fill('6');
  await waitSaved(page);

  // Over the cap: an inline message, nothing lost, nothing invalid stored.
  await page.getByRole('textbox', { name: 'Collective document: the group\'s skills and knowledge' }).fill('x'.repeat(10_001));
  await expect(page.getByText('Please keep this under 10,000 characters.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Collective document: the group\'s skills and knowledge' }).fill('We know how to ask for help.');
  await waitSaved(page);

  // Everything persists across a reload.
  await reloadApp(page);
  await expect(page.getByRole('textbox', { name: 'Facilitator reflection' })).toHaveValue(/Margaret Ellison asked/);
  await expect(page.getByRole('textbox', { name: 'Private notes' })).toHaveValue(/PRIVATE-NOTE-XYZ/);
  await expect(page.getByRole('spinbutton', { name: 'Emotional' })).toHaveValue('6');

  await page.getByRole('link', { name: 'Review and export summary' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review and export summary' })).toBeVisible();
  const preview = page.locator('.summary-preview');
  for (const found of ['Maggie', 'Oak', 'Margaret Ellison', PHONE, EMAIL, 'Ward 7', 'Peppe', 'Adele']) {
    await expect(preview.locator('mark', { hasText: found }).first()).toBeVisible();
  }
  await expect(preview).not.toContainText('PRIVATE-NOTE-XYZ');
  await expectAccessible(page, 'export screen');

  const exportButton = page.getByRole('button', { name: 'Export PDF' });
  await expect(exportButton).toBeDisabled();

  // "Adele" is a singer, not a participant: undo it with the keyboard.
  const undoAdele = page.getByRole('button', { name: 'Undo redaction of "Adele" (name)' });
  await undoAdele.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Redact "Adele" (name) again' })).toBeVisible();

  // Redact more: a phrase selected with the mouse, and one typed in.
  await page.evaluate(() => {
    const field = document.querySelector('.summary-preview [data-field="reflection"]')!;
    const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('fire drill');
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'fire drill'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
    throw new Error('phrase not found in the preview');
  });
  await page.getByRole('button', { name: 'Redact selection' }).click();
  await expect(page.getByText('"fire drill" will be redacted wherever it appears in this summary.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Word or phrase to redact' }).fill('Tuesday circle');
  await page.getByLabel("Also add it to this group's deny-list for future summaries").check();
  await page.getByRole('button', { name: 'Redact phrase' }).click();
  await expect(page.getByText('"Tuesday circle" was added to the group\'s deny-list.', { exact: false })).toBeVisible();

  // Leaving the screen and coming back keeps every decision: they are stored with the session's record.
  await page.getByRole('link', { name: 'Back to the record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session record' })).toBeVisible();
  await page.getByRole('link', { name: 'Review and export summary' }).first().click();
  await expect(page.getByRole('button', { name: 'Redact "Adele" (name) again' })).toBeVisible();
  await expect(preview.locator('mark', { hasText: 'fire drill' }).first()).toBeVisible();

  // The final text view reads like the PDF.
  await page.getByLabel('Final text').check();
  // Maggie is Oak's own nickname: one person, one pseudonym throughout the summary.
  await expect(preview).toContainText('[Person 1] and [Person 1] needed a pause. We ended with a song by Adele.');
  await page.getByLabel('Findings highlighted').check();

  await page.getByLabel(/I have reviewed all free text/).check();
  await expect(exportButton).toBeEnabled();
  const downloadPromise = page.waitForEvent('download');
  await exportButton.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^DEMO-\d\d_S2_\d{4}-W\d\d\.pdf$/);
  const file = join(mkdtempSync(join(tmpdir(), 'grove-summary-')), download.suggestedFilename());
  await download.saveAs(file);

  await expect(page.getByRole('heading', { name: 'Summary exported' })).toBeFocused();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, ' ');
  for (const leak of ['Maggie', 'Margaret', 'Ellison', 'Giuseppe', 'Ferri', 'Peppe', '333 123 4567', '4567', EMAIL, 'Ward 7', 'PRIVATE-NOTE', 'Via Roma', 'fire drill', 'Tuesday circle']) {
    expect(flat, leak).not.toContain(leak);
  }
  for (const alias of ['Oak', 'Willow', 'River', 'Robin', 'Fern', 'Birch']) expect(flat).not.toMatch(new RegExp(`\\b${alias}\\b`));
  expect(flat).toContain('We ended with a song by Adele.');
  expect(flat).toContain('[Person 1] and [Person 1] needed a pause.');
  expect(flat).toContain('Anonymised session summary');
  expect(flat).toContain('Suppression threshold k = 5 applied.');
  expect(flat).toMatch(/Page 1 of \d/);
  expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors found/);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).not.toMatch(/^(Author|Creator):/m);
  expect(info).toMatch(/^Producer:\s+PDF$/m);

  await page.getByRole('link', { name: 'Open the archive' }).click();
  await expect(page).toHaveURL(/#\/archive$/);
  await expect(page.getByText(download.suggestedFilename()).first()).toBeVisible();

  // The deny-list now holds the typed phrase, so the next review finds it on its own.
  await openApp(page, `/groups/${groupId}/sessions/${sessionId}/export`);
  await expect(page.locator('.summary-preview mark', { hasText: 'Tuesday circle' })).toBeVisible();
});

test('record and export screens in Italian, and accessible in the dark theme', async ({ page }) => {
  const groupId = await loadSampleGroup(page);
  const sessionId = await openSession2(page, groupId);
  await openApp(page, '/settings');
  // Controlled by the stored settings: the radio changes once the write lands, so click and then wait.
  await page.getByLabel('Dark').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Italiano').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impostazioni' })).toBeVisible();

  await openApp(page, `/groups/${groupId}/sessions/${sessionId}/record`);
  await expect(page.getByRole('heading', { level: 1, name: 'Resoconto della sessione' })).toBeVisible();
  for (const heading of ['Presenze', 'Temi per zona', 'Mappa del supporto', 'Segnalazioni di sicurezza', 'Note private']) {
    await expect(page.getByRole('heading', { name: heading, exact: false }).first()).toBeVisible();
  }
  await page.getByRole('textbox', { name: 'Processo di gruppo' }).fill('Il gruppo era attento.');
  await expect(page.getByRole('status').filter({ hasText: 'Tutte le modifiche sono salvate' })).toBeVisible();
  await expectAccessible(page, 'record screen (Italian, dark)');

  await page.getByRole('link', { name: 'Rivedi ed esporta la sintesi' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rivedi ed esporta la sintesi' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Esporta PDF' })).toBeDisabled();
  // The interface is Italian; the summary keeps the group's language (English, as the group was made in English).
  await expect(page.getByText('La sintesi è scritta in inglese, la lingua del gruppo.')).toBeVisible();
  await expect(page.locator('.summary-preview')).toContainText('Anonymised session summary');
  await expect(page.getByRole('button', { name: 'Oscura la selezione' })).toBeVisible();
  await expectAccessible(page, 'export screen (Italian, dark)');
});
