import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Download, Page } from '@playwright/test';
import { expect, expectAccessible, loadSampleGroup, openApp, test, reloadApp } from './fixtures';
import { makeSamplePdf } from '../unit/archive/samplePdf';

/**
 * The coordinator's archive in Chromium. The summary export screen belongs to another engineer; until
 * a journey exports through it, entries are seeded the way an export stores them: real jsPDF PDFs put
 * into the 'archive' store of the 'grove' database with the raw IndexedDB API.
 */

const DAY = 24 * 60 * 60 * 1000;

interface Seed {
  id: string;
  fileName: string;
  groupId: string;
  groupCode: string;
  sessionNumber: number;
  period: string;
  lang: 'en' | 'it';
  createdAt: number;
  /** Several seeds may share one PDF, so large archives seed quickly. */
  pdfIndex: number;
}

interface Pdf {
  base64: string;
  sha256: string;
  size: number;
  pages: number;
  bytes: Uint8Array;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function pdf(seed: number, groupCode = 'GRV-A', lang: 'en' | 'it' = 'en'): Pdf {
  const made = makeSamplePdf({ groupCode, sessionNumber: seed, period: '2026-W48', lang, paragraphs: 1, seed });
  return { base64: Buffer.from(made.bytes).toString('base64'), sha256: sha256(made.bytes), size: made.bytes.byteLength, pages: made.pages, bytes: made.bytes };
}

/** Put entries (and optionally groups and settings) into Grove's database, then reload so the app reads them. */
async function seed(page: Page, entries: Seed[], pdfs: Pdf[], extra: { groups?: { id: string; code: string; retentionDays: number }[]; settings?: Record<string, unknown> } = {}) {
  await page.evaluate(
    async ({ entries, pdfs, groups, settings }) => {
      const bytes = pdfs.map((p) => Uint8Array.from(atob(p.base64), (c) => c.charCodeAt(0)));
      await window.groveStore.put(
        'archive',
        entries.map(({ pdfIndex, ...entry }) => ({ ...entry, pdf: bytes[pdfIndex], sha256: pdfs[pdfIndex]!.sha256, size: pdfs[pdfIndex]!.size, pages: pdfs[pdfIndex]!.pages })),
      );
      await window.groveStore.put(
        'groups',
        groups.map((group) => ({
          ...group,
          name: `Group ${group.code}`,
          settingType: 'peer-community',
          lang: 'en',
          datePrecision: 'day',
          suppressionK: 5,
          zoneLabels: {},
          denyList: [],
          createdAt: 0,
          updatedAt: 0,
          archivedAt: null,
        })),
      );
      await window.groveStore.put('settings', Object.entries(settings).map(([key, value]) => ({ key, value })));
    },
    { entries, pdfs: pdfs.map(({ base64, sha256, size, pages }) => ({ base64, sha256, size, pages })), groups: extra.groups ?? [], settings: extra.settings ?? {} },
  );
  await reloadApp(page);
}

/** Change one byte of a stored PDF behind the app's back, as disk corruption or tampering would. */
async function tamper(page: Page, id: string) {
  await page.evaluate(async (id) => {
    const entry = (await window.groveStore.getAll('archive')).find((row) => row.id === id) as { pdf: Uint8Array };
    const bytes = new Uint8Array(entry.pdf);
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0x01;
    await window.groveStore.update('archive', id, { pdf: bytes });
  }, id);
}

async function downloadBytes(download: Download): Promise<Uint8Array> {
  return new Uint8Array(readFileSync(await download.path()));
}

const now = Date.now();
const PDFS = [pdf(1, 'GRV-A'), pdf(2, 'GRV-A'), pdf(3, 'GRV-B', 'it'), pdf(4, 'OSP-7')];
const ENTRIES: Seed[] = [
  { id: 'e1', fileName: 'GRV-A-session-1-2026-W40.pdf', groupId: 'gA', groupCode: 'GRV-A', sessionNumber: 1, period: '2026-W40', lang: 'en', createdAt: now - 40 * DAY, pdfIndex: 0 },
  { id: 'e2', fileName: 'GRV-A-session-2-2026-W41.pdf', groupId: 'gA', groupCode: 'GRV-A', sessionNumber: 2, period: '2026-W41', lang: 'en', createdAt: now - 3 * DAY, pdfIndex: 1 },
  { id: 'e3', fileName: 'GRV-B-incontro-1-2026-11-24.pdf', groupId: 'gB', groupCode: 'GRV-B', sessionNumber: 1, period: '2026-11-24', lang: 'it', createdAt: now - DAY, pdfIndex: 2 },
  { id: 'e4', fileName: 'OSP-7-session-3-2026-W30.pdf', groupId: 'gone', groupCode: 'OSP-7', sessionNumber: 3, period: '2026-W30', lang: 'en', createdAt: now - 35 * DAY, pdfIndex: 3 },
];
const GROUPS = [
  { id: 'gA', code: 'GRV-A', retentionDays: 30 },
  { id: 'gB', code: 'GRV-B', retentionDays: 365 },
];

function rowNames(page: Page) {
  return page.locator('tbody.archive-entry th[scope="row"] .archive-table__name');
}

async function openSeededArchive(page: Page, settings: Record<string, unknown> = {}) {
  await openApp(page, '/archive');
  await expect(page.getByRole('heading', { name: 'No summaries archived yet' })).toBeVisible();
  await seed(page, ENTRIES, PDFS, { groups: GROUPS, settings });
  await expect(rowNames(page)).toHaveCount(4);
}

test('an empty archive explains where summaries come from', async ({ page }) => {
  await openApp(page, '/archive');
  await expect(page.getByRole('heading', { level: 1, name: 'Archive' })).toBeVisible();
  await expect(page.getByText(/Summaries appear here after you export them/)).toBeVisible();
  await expectAccessible(page, 'empty archive');
});

test('lists summaries newest first, and search and filters narrow the list', async ({ page }) => {
  await openSeededArchive(page);
  await expect(rowNames(page)).toHaveText([ENTRIES[2]!.fileName, ENTRIES[1]!.fileName, ENTRIES[3]!.fileName, ENTRIES[0]!.fileName]);
  const first = page.locator('tbody.archive-entry').first();
  await expect(first).toContainText('GRV-B');
  await expect(first).toContainText('2026-11-24');
  await expect(first).toContainText('Italian');
  await expect(first).toContainText(PDFS[2]!.sha256.slice(0, 8));
  await expect(first).toContainText(/\d+(\.\d)? KB/);
  await expect(page.getByText('Showing 4 of 4 summaries')).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('w41');
  await expect(rowNames(page)).toHaveText([ENTRIES[1]!.fileName]);
  await search.fill('grv session');
  await expect(rowNames(page)).toHaveText([ENTRIES[1]!.fileName, ENTRIES[0]!.fileName]);
  await search.fill('nothing-like-this');
  await expect(page.getByRole('heading', { name: 'No summaries match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(rowNames(page)).toHaveCount(4);

  await page.getByLabel('Group', { exact: true }).selectOption('GRV-A');
  await expect(rowNames(page)).toHaveText([ENTRIES[1]!.fileName, ENTRIES[0]!.fileName]);
  await page.getByLabel('Group', { exact: true }).selectOption('');
  await page.getByLabel('Language', { exact: true }).selectOption('it');
  await expect(rowNames(page)).toHaveText([ENTRIES[2]!.fileName]);
  await page.getByLabel('Language', { exact: true }).selectOption('');

  const isoDay = (ms: number) => new Date(ms - new Date(ms).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  await page.getByLabel('Exported from').fill(isoDay(now - 5 * DAY));
  await expect(rowNames(page)).toHaveText([ENTRIES[2]!.fileName, ENTRIES[1]!.fileName]);
  await page.getByLabel('Exported to').fill(isoDay(now - 10 * DAY));
  await expect(page.getByText('The end date is before the start date')).toBeVisible();
  await expect(rowNames(page)).toHaveCount(4);
  await page.getByLabel('Exported from').fill(isoDay(now - 36 * DAY));
  await expect(rowNames(page)).toHaveText([ENTRIES[3]!.fileName]);
});

test('verifies a stored copy, warns when it was changed, and checks files from disk', async ({ page }) => {
  await openSeededArchive(page);
  const name = ENTRIES[1]!.fileName;
  const row = page.locator('tbody[data-entry-id="e2"]');
  await page.getByRole('button', { name: `Verify the stored copy of ${name}` }).click();
  await expect(row.getByText(/Intact: the stored PDF matches/)).toBeVisible();

  // A copy someone hands back: the same bytes, then one changed byte.
  const dir = mkdtempSync(join(tmpdir(), 'grove-archive-'));
  const same = join(dir, 'handed-back.pdf');
  writeFileSync(same, PDFS[1]!.bytes);
  const edited = join(dir, 'edited.pdf');
  const editedBytes = new Uint8Array(PDFS[1]!.bytes);
  editedBytes[300] = (editedBytes[300] ?? 0) ^ 0x01;
  writeFileSync(edited, editedBytes);
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Compare a file on disk with ${name}` }).click();
  await (await chooser).setFiles(same);
  await expect(row.getByText('“handed-back.pdf” is an identical copy of this summary.')).toBeVisible();
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Compare a file on disk with ${name}` }).click();
  await (await chooser).setFiles(edited);
  await expect(row.getByRole('alert')).toContainText('“edited.pdf” is not identical to this summary');
  await expect(row.getByRole('alert')).toContainText(sha256(editedBytes));

  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Check a file…' }).click();
  await (await chooser).setFiles(same);
  await expect(page.getByText(`“handed-back.pdf” is an identical copy of ${name}`)).toBeVisible();
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Check a file…' }).click();
  await (await chooser).setFiles(edited);
  await expect(page.getByText('“edited.pdf” does not match any summary in this archive.')).toBeVisible();

  await tamper(page, 'e2');
  await page.getByRole('button', { name: `Verify the stored copy of ${name}` }).click();
  const alert = row.getByRole('alert');
  await expect(alert).toContainText('Warning: the stored PDF has changed since it was exported.');
  await expect(alert).toContainText(PDFS[1]!.sha256);
  await expectAccessible(page, 'archive with a tamper warning');

  // A changed PDF is not handed on.
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: `Save a copy of ${name}` }).click();
  await expect(page.getByText('This copy was not saved because the stored PDF has changed')).toBeVisible();
  await page.waitForTimeout(300);
  expect(downloaded).toBe(false);
});

test('saves a copy and bulk-exports a zip whose manifest matches the files', async ({ page }) => {
  await openSeededArchive(page);
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Save a copy of ${ENTRIES[2]!.fileName}` }).click();
  const pdfCopy = await downloadBytes(await download);
  expect((await download).suggestedFilename()).toBe(ENTRIES[2]!.fileName);
  expect(sha256(pdfCopy)).toBe(PDFS[2]!.sha256);
  await expect(page.getByText(`Saved a copy as ${ENTRIES[2]!.fileName}.`)).toBeVisible();

  // Select with the keyboard: focus a checkbox and press Space.
  await page.getByRole('checkbox', { name: `Select ${ENTRIES[2]!.fileName}` }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: `Select ${ENTRIES[1]!.fileName}` }).check();
  await page.getByRole('checkbox', { name: `Select ${ENTRIES[3]!.fileName}` }).check();
  await expect(page.getByText('3 selected')).toBeVisible();

  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export selected as zip' }).click();
  const zipBytes = await downloadBytes(await download);
  expect((await download).suggestedFilename()).toMatch(/^grove-summaries-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByText(/Saved 3 summaries with their manifest/)).toBeVisible();

  const files = unzipSync(zipBytes);
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { fileCount: number; files: { fileName: string; sha256: string; groupCode: string; sessionNumber: number; period: string; size: number }[] };
  expect(manifest.fileCount).toBe(3);
  expect(Object.keys(files).sort()).toEqual([...manifest.files.map((f) => f.fileName), 'manifest.csv', 'manifest.json'].sort());
  const expected = [ENTRIES[2]!, ENTRIES[1]!, ENTRIES[3]!];
  for (const [index, item] of manifest.files.entries()) {
    const seedEntry = expected[index]!;
    expect(item).toMatchObject({ fileName: seedEntry.fileName, groupCode: seedEntry.groupCode, sessionNumber: seedEntry.sessionNumber, period: seedEntry.period, sha256: PDFS[seedEntry.pdfIndex]!.sha256 });
    expect(sha256(files[item.fileName]!)).toBe(item.sha256);
  }
  const csv = strFromU8(files['manifest.csv']!).trim().split('\r\n');
  expect(csv[0]).toBe('file_name,sha256,group_code,session,period,language,pages,size_bytes,created_at');
  expect(csv.slice(1).map((line) => line.split(',').slice(0, 2))).toEqual(manifest.files.map((f) => [f.fileName, f.sha256]));

  // The zip and a PDF inside it pass independent checkers.
  const dir = mkdtempSync(join(tmpdir(), 'grove-zip-'));
  writeFileSync(join(dir, 'export.zip'), zipBytes);
  writeFileSync(join(dir, 'one.pdf'), files[manifest.files[0]!.fileName]!);
  execFileSync('qpdf', ['--check', join(dir, 'one.pdf')]);
  expect(execFileSync('pdftotext', [join(dir, 'one.pdf'), '-']).toString()).toContain('GRV-B');
});

test('a zip export refuses to save when a stored PDF changed', async ({ page }) => {
  await openSeededArchive(page);
  await tamper(page, 'e4');
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('checkbox', { name: 'Select all shown summaries' }).check();
  await expect(page.getByText('4 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Export selected as zip' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `“${ENTRIES[3]!.fileName}” no longer matches the fingerprint` })).toBeVisible();
  await expect(page.locator('tbody[data-entry-id="e4"]').getByRole('alert')).toContainText('Warning: the stored PDF has changed');
  await page.waitForTimeout(300);
  expect(downloaded).toBe(false);
});

test('cancelling a zip export part-way saves nothing', async ({ page }) => {
  await openApp(page, '/archive');
  await expect(page.getByRole('heading', { name: 'No summaries archived yet' })).toBeVisible();
  const many: Seed[] = Array.from({ length: 150 }, (_, i) => ({
    id: `m${i}`,
    fileName: `GRV-A-session-${i + 1}.pdf`,
    groupId: 'gA',
    groupCode: 'GRV-A',
    sessionNumber: i + 1,
    period: '2026-W48',
    lang: 'en',
    createdAt: now - i * 1000,
    pdfIndex: i % PDFS.length,
  }));
  await seed(page, many, PDFS, { groups: GROUPS });
  await expect(rowNames(page)).toHaveCount(150);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  const cdp = await page.context().newCDPSession(page);
  await page.getByRole('checkbox', { name: 'Select all shown summaries' }).check();
  await page.getByRole('button', { name: 'Export selected as zip' }).click();
  // Slow the CPU once the export has started, so a person (and this test) has time to press Cancel
  // between files.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  const progress = page.getByRole('progressbar', { name: 'Zip export progress' });
  await expect(progress).toBeVisible();
  await expect(page.getByText(/Added \d+ of 150/)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel export' }).click();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(page.getByText('Export cancelled. Nothing was saved.')).toBeVisible();
  await expect(progress).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(downloaded).toBe(false);
  await expect(page.getByText('150 selected')).toBeVisible();
});

test('deletes a summary only after confirmation', async ({ page }) => {
  await openSeededArchive(page);
  const name = ENTRIES[0]!.fileName;
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this summary?' });
  await expect(dialog).toContainText(name);
  await expectAccessible(page, 'delete confirmation');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowNames(page)).toHaveCount(4);
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  await dialog.getByRole('button', { name: 'Delete summary' }).click();
  await expect(page.getByText(`Deleted ${name}.`)).toBeVisible();
  await expect(rowNames(page)).toHaveCount(3);
  await reloadApp(page);
  await expect(rowNames(page)).toHaveCount(3);
  await expect(page.getByText(name)).toHaveCount(0);
});

test("purges expired summaries by each group's rule and the default for deleted groups", async ({ page }) => {
  await openSeededArchive(page);
  // e1: GRV-A (30 days) exported 40 days ago → expired. e4: group deleted (30-day default), 35 days → expired.
  // e2: GRV-A, 3 days → kept. e3: GRV-B (365 days) → kept.
  await expect(page.locator('tbody[data-entry-id="e4"]')).toContainText('Group deleted: 30-day default');
  await expect(page.locator('tbody[data-entry-id="e1"]')).toContainText('Expired');
  await page.getByRole('button', { name: 'Purge expired…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Purge expired summaries' });
  await expect(dialog).toContainText('These 2 summaries are past their retention period');
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  await expect(dialog).toContainText(ENTRIES[0]!.fileName);
  await expect(dialog).toContainText(`${ENTRIES[3]!.fileName} (OSP-7, session 3)`);
  await expect(dialog).toContainText('group deleted: 30-day default');
  await expectAccessible(page, 'purge confirmation');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(rowNames(page)).toHaveCount(4);

  await page.getByRole('button', { name: 'Purge expired…' }).click();
  await dialog.getByRole('button', { name: 'Delete 2 summaries' }).click();
  await expect(page.getByText('Deleted 2 expired summaries.')).toBeVisible();
  await expect(rowNames(page)).toHaveText([ENTRIES[2]!.fileName, ENTRIES[1]!.fileName]);

  await page.getByRole('button', { name: 'Purge expired…' }).click();
  await expect(dialog).toContainText('No summary is past its retention period');
  await expect(dialog.getByRole('button', { name: /^Delete/ })).toBeDisabled();
});

test('is accessible in light and dark themes and complete in Italian', async ({ page }) => {
  await openSeededArchive(page, { theme: 'light' });
  await page.getByRole('button', { name: `Verify the stored copy of ${ENTRIES[1]!.fileName}` }).click();
  await page.getByRole('checkbox', { name: `Select ${ENTRIES[1]!.fileName}` }).check();
  await page.getByText('How long summaries are kept').click();
  await expect(page.getByText(/kept for 30 days from export/)).toBeVisible();
  await expectAccessible(page, 'archive (light)');

  await seed(page, [], [], { settings: { theme: 'dark' } });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: `Verify the stored copy of ${ENTRIES[1]!.fileName}` }).click();
  await tamper(page, 'e3');
  await page.getByRole('button', { name: `Verify the stored copy of ${ENTRIES[2]!.fileName}` }).click();
  await expect(page.locator('tbody[data-entry-id="e3"]').getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'archive (dark)');

  await seed(page, [], [], { settings: { lang: 'it' } });
  await expect(page.getByRole('heading', { level: 1, name: 'Archivio' })).toBeVisible();
  await expect(page.getByText('4 sintesi mostrate su 4')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Conservata fino al' })).toBeVisible();
  await expect(page.getByRole('button', { name: `Verifica la copia archiviata di ${ENTRIES[1]!.fileName}` })).toBeVisible();
  await expect(page.locator('tbody[data-entry-id="e3"]')).toContainText('Italiano');
  await expect(page.locator('tbody[data-entry-id="e3"]')).toContainText(/\d+,\d KB/);
  await expect(page.locator('tbody[data-entry-id="e4"]')).toContainText('Gruppo eliminato: 30 giorni predefiniti');
  await page.getByRole('button', { name: `Verifica la copia archiviata di ${ENTRIES[1]!.fileName}` }).click();
  await expect(page.getByText(/Integra: il PDF archiviato corrisponde/)).toBeVisible();
  await page.getByRole('button', { name: 'Elimina scaduti…' }).click();
  await expect(page.getByRole('dialog', { name: 'Elimina le sintesi scadute' })).toContainText('Queste 2 sintesi hanno superato');
  await expectAccessible(page, 'archive (Italian, dark)');
});

test('a summary exported from a session lands in the archive, verifies and zips with a matching manifest', async ({ page }) => {
  const groupId = await loadSampleGroup(page);
  await openApp(page, `/groups/${groupId}/sessions`);
  await page.getByRole('link', { name: 'Forest of Life: telling and re-telling' }).click();
  await page.getByRole('link', { name: 'Session record' }).click();
  await page.getByRole('textbox', { name: 'Next steps' }).fill('Meet again next week.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.getByRole('link', { name: 'Review and export summary' }).first().click();
  await page.getByLabel(/I have reviewed all free text/).check();
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const pdfDownload = await exported;
  const pdfBytes = await downloadBytes(pdfDownload);
  const name = pdfDownload.suggestedFilename();

  await page.getByRole('link', { name: 'Open the archive' }).click();
  await expect(page).toHaveURL(/#\/archive$/);
  await expect(rowNames(page)).toHaveText([name]);
  const row = page.locator('tbody.archive-entry').first();
  await expect(row).toContainText(sha256(pdfBytes).slice(0, 8));
  await page.getByRole('button', { name: `Verify the stored copy of ${name}` }).click();
  await expect(row.getByText(/Intact: the stored PDF matches/)).toBeVisible();

  await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  const zipped = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export selected as zip' }).click();
  const files = unzipSync(await downloadBytes(await zipped));
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { files: { fileName: string; sha256: string }[] };
  expect(manifest.files).toHaveLength(1);
  expect(manifest.files[0]).toMatchObject({ fileName: name, sha256: sha256(pdfBytes) });
  expect(sha256(files[name]!)).toBe(sha256(pdfBytes));
});
