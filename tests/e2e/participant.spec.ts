import { zoneCenter } from '../../src/domain/treeLayout';
import { addNoteViaPanel, clickWorld, expect, expectAccessible, openApp, readItems, seedGroup, reloadApp, test, worldToPage } from './tree-fixtures';

test('participant mode shows only that tree, with simple tools, and cannot be left without the facilitator', async ({ page }) => {
  const { groupId, participants } = await seedGroup(page, {
    participants: [
      { alias: 'Oak', consent: { groupDisplay: true }, redactNames: ['Anna Rossi'] },
      { alias: 'Willow', consent: { groupDisplay: true } },
    ],
  });
  await openApp(page, `/groups/${groupId}/trees/${participants.Willow}`);
  await addNoteViaPanel(page, 'Trunk', 'Willow mends bicycles');
  const oak = participants.Oak!;
  await openApp(page, `/groups/${groupId}/trees/${oak}`);
  await page.getByRole('link', { name: 'Hand over (participant mode)' }).click();
  await expect(page).toHaveURL(new RegExp(`#/participant/${groupId}/${oak}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Your Tree of Life, Oak' })).toBeVisible();

  // Nothing else: no navigation, no roster, no other tree, no side panel, no session notes.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(0);
  for (const hidden of ['Willow', 'Anna Rossi', 'Items by zone', 'E2E-01', 'Tuesday group']) await expect(page.locator('body')).not.toContainText(hidden);
  const tools = page.getByRole('toolbar', { name: 'Drawing tools' });
  await expect(tools.getByRole('button')).toHaveText(['Note', 'Pen', 'Sticker', 'Undo']);
  await expect(page.getByText('Where does your story start: a place, a town, a family, a community?')).toBeVisible();
  // Large touch targets.
  const box = (await tools.getByRole('button', { name: 'Pen' }).boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  await expectAccessible(page, 'participant mode');

  // A note, a pen stroke and a sticker; undo takes the sticker back.
  const roots = zoneCenter('roots');
  await clickWorld(page, roots.x, roots.y);
  const editor = page.getByRole('textbox', { name: /Note text/ });
  await editor.fill('Where I grew up');
  await editor.press('Enter');
  await tools.getByRole('button', { name: 'Pen' }).click();
  const a = await worldToPage(page, 560, 620);
  const b = await worldToPage(page, 660, 600);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 15 });
  await page.mouse.up();
  await tools.getByRole('button', { name: 'Sticker' }).click();
  await page.getByRole('radio', { name: 'Sun' }).click();
  await clickWorld(page, 420, 420);
  await expect.poll(async () => (await readItems(page, oak)).map((item) => item.kind).sort()).toEqual(['note', 'sticker', 'stroke']);
  await tools.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await readItems(page, oak)).map((item) => item.kind).sort()).toEqual(['note', 'stroke']);
  const stored = await readItems(page, oak);
  expect(stored.find((item) => item.kind === 'note')).toMatchObject({ text: 'Where I grew up', zone: 'roots' });

  // No way out without the facilitator: Escape, the back button, a typed address.
  await page.keyboard.press('Escape');
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/participant/${groupId}/${oak}$`));
  await page.evaluate((gid) => (window.location.hash = `#/groups/${gid}/roster`), groupId);
  await expect(page).toHaveURL(new RegExp(`#/participant/${groupId}/${oak}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Your Tree of Life, Oak' })).toBeVisible();

  // A quick tap on the exit does nothing; a three-second hold asks for confirmation.
  const exit = page.getByRole('button', { name: 'Facilitator: hold to leave' });
  await exit.click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const exitBox = (await exit.boundingBox())!;
  await page.mouse.move(exitBox.x + exitBox.width / 2, exitBox.y + exitBox.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(1200);
  await page.mouse.up();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.mouse.down();
  await expect(page.getByRole('dialog', { name: 'Leave participant mode?' })).toBeVisible({ timeout: 6000 });
  await page.mouse.up();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(new RegExp(`#/participant/${groupId}/${oak}$`));

  // The hold works from the keyboard too, then the facilitator confirms.
  await exit.focus();
  await page.keyboard.down('Space');
  await expect(page.getByRole('dialog', { name: 'Leave participant mode?' })).toBeVisible({ timeout: 6000 });
  await page.keyboard.up('Space');
  await page.getByRole('button', { name: 'Leave participant mode' }).click();
  await expect(page).toHaveURL(new RegExp(`#/groups/${groupId}/trees/${oak}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Tree of Life — Oak' })).toBeVisible();
});

test('with a PIN set in Settings, participant mode is left only with the PIN', async ({ page }) => {
  const { groupId, participants } = await seedGroup(page, { participants: [{ alias: 'Oak' }] });
  await page.evaluate(() => window.groveStore.put('settings', [{ key: 'participantPin', value: '2468' }]));
  await openApp(page, `/participant/${groupId}/${participants.Oak}`);
  await reloadApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Your Tree of Life, Oak' })).toBeVisible();
  await page.getByRole('button', { name: 'Facilitator: leave' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave participant mode' });
  await dialog.getByLabel('Facilitator PIN').fill('1111');
  await dialog.getByRole('button', { name: 'Leave' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('That PIN is not right.');
  await expect(page).toHaveURL(/#\/participant\//);
  await dialog.getByLabel('Facilitator PIN').fill('2468');
  await dialog.getByRole('button', { name: 'Leave' }).click();
  await expect(page).toHaveURL(new RegExp(`#/groups/${groupId}/trees/${participants.Oak}$`));
});
