import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { expect, expectAccessible, loadSampleGroup, openApp, test } from './fixtures';

async function saved(download: Promise<Download>, name: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'grove-poster-'));
  const path = join(dir, name);
  await (await download).saveAs(path);
  return path;
}

test('the forest poster holds no private item and no alias without group-display consent; PNG and collective document too', async ({ page }) => {
  const groupId = await loadSampleGroup(page);
  await openApp(page, `/groups/${groupId}/forest`);
  const storms = page.getByRole('region', { name: 'Storms' });
  await storms.getByRole('textbox', { name: 'A storm that can hit trees like ours' }).fill('Long waits for test results');
  await storms.getByRole('button', { name: 'Add storm' }).click();
  const collective = page.getByRole('region', { name: 'Collective document' });
  await collective.getByRole('textbox', { name: 'A skill or knowledge of the group' }).fill('We know how to ask for help');
  await collective.getByRole('button', { name: 'Add to the document' }).click();
  await expect(collective.getByRole('listitem')).toHaveCount(1);

  const poster = page.getByRole('region', { name: 'Forest poster' });
  await expectAccessible(page, 'forest screen with the poster menu');
  const pdfPath = await saved(
    (async () => {
      const download = page.waitForEvent('download');
      await poster.getByRole('button', { name: 'Poster PDF' }).click();
      return download;
    })(),
    'poster.pdf',
  );
  const info = execFileSync('pdfinfo', [pdfPath]).toString();
  expect(info).toMatch(/Pages:\s+2/);
  expect(info).toMatch(/Page size:\s+1190\.55 x 841\.89/); // A3 landscape
  const text = execFileSync('pdftotext', [pdfPath, '-']).toString().replace(/\s+/g, ' ');
  // Shared words of consenting trees, the storm and the collective document are there…
  for (const present of ['Oak', 'Willow', 'Patience — I learned it growing vegetables', 'Long waits for test results', 'We know how to ask for help', 'Our skills and knowledges']) {
    expect(text).toContain(present);
  }
  // …private items (leaves, compost) and Fern, who has not agreed to group display, are not.
  for (const absent of ['My sister, who always calls on Fridays', 'The label “too fragile”', 'Our neighbour and her dog', 'Fern']) {
    expect(text).not.toContain(absent);
  }

  await poster.getByRole('radio', { name: 'A4' }).check();
  const pngPath = await saved(
    (async () => {
      const download = page.waitForEvent('download');
      await poster.getByRole('button', { name: 'Poster image (PNG)' }).click();
      return download;
    })(),
    'poster.png',
  );
  expect([...readFileSync(pngPath).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  const documentPath = await saved(
    (async () => {
      const download = page.waitForEvent('download');
      await poster.getByRole('button', { name: 'Collective document (PDF)' }).click();
      return download;
    })(),
    'document.pdf',
  );
  expect(execFileSync('pdfinfo', [documentPath]).toString()).toMatch(/Pages:\s+1/);
  const documentText = execFileSync('pdftotext', [documentPath, '-']).toString();
  expect(documentText).toContain('We know how to ask for help');
  expect(documentText).not.toContain('Oak');
});
