import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { addNoteViaPanel, expect, openApp, seedGroup, test } from './tree-fixtures';

test('a participant’s own tree exported as PNG and as the one-page take-home PDF (alias, shared notes, nothing private)', async ({ page }, testInfo) => {
  const { groupId, participants } = await seedGroup(page, {
    code: 'GRV-24A',
    participants: [
      { alias: 'Oak', consent: { groupDisplay: true, print: true }, redactNames: ['Anna Rossi'] },
      { alias: 'Willow', consent: { groupDisplay: true, print: false } },
    ],
  });
  await openApp(page, `/groups/${groupId}/trees/${participants.Oak}`);
  await addNoteViaPanel(page, 'Roots', 'Grandmother’s kitchen songs');
  await addNoteViaPanel(page, 'Trunk', 'Patience from the garden');
  await addNoteViaPanel(page, 'Fruits', 'Being listened to without hurry');
  await addNoteViaPanel(page, 'Leaves', 'My sister on Fridays');
  await addNoteViaPanel(page, 'Compost heap', 'The label too fragile');

  // PNG: a real image of the whole tree; private items only when the participant asks for them.
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save picture (PNG)' }).click()]);
  expect(png.suggestedFilename()).toBe('tree-GRV-24A-Oak.png');
  const pngBytes = readFileSync(await png.path());
  expect([...pngBytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  expect(pngBytes.readUInt32BE(16)).toBe(1800);
  expect(pngBytes.readUInt32BE(20)).toBe(1500);
  await expect(page.getByText('Saved as tree-GRV-24A-Oak.png.')).toBeVisible();
  await page.getByLabel('Include private items in the picture (the participant’s own choice)').check();
  const [withPrivate] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save picture (PNG)' }).click()]);
  const privateBytes = readFileSync(await withPrivate.path());
  expect(privateBytes.equals(pngBytes)).toBe(false);

  // PDF: one page, the alias and the shared notes as text, nothing private, no names, neutral metadata.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Take-home page (PDF)' }).click()]);
  expect(pdf.suggestedFilename()).toBe('tree-GRV-24A-Oak.pdf');
  const pdfPath = testInfo.outputPath('take-home.pdf');
  await pdf.saveAs(pdfPath);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('My Tree of Life');
  expect(text).toContain('Oak');
  for (const shared of ['Grandmother’s kitchen songs', 'Patience from the garden', 'Being listened to without hurry']) expect(text.replace(/\s+/g, ' ')).toContain(shared);
  for (const hidden of ['My sister on Fridays', 'The label too fragile', 'Anna Rossi', 'Willow', 'Tuesday group']) expect(text).not.toContain(hidden);
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\n/);
  expect(info).not.toMatch(/Author:\s+\S/);
  expect(info).not.toContain('jsPDF');
  execFileSync('qpdf', ['--check', pdfPath]);

  // Without print consent nothing is saved, and the screen says why.
  await openApp(page, `/groups/${groupId}/trees/${participants.Willow}`);
  await addNoteViaPanel(page, 'Trunk', 'Willow mends bicycles');
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('button', { name: 'Take-home page (PDF)' }).click();
  await expect(page.getByRole('alert')).toContainText('Willow has not agreed to printing');
  await page.getByRole('button', { name: 'Save picture (PNG)' }).click();
  await expect(page.getByRole('alert')).toContainText('Willow has not agreed to printing');
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);
});
