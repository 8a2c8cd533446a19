import { addNoteViaPanel, canvasItemIds, canvasTexts, expect, expectAccessible, openApp, readStore, seedGroup, setConsent, reloadApp, test, type StoredItem } from './tree-fixtures';

test('the forest shows consented trees by alias, hides private items, gathers storms and the collective document, and drops a tree when consent is withdrawn', async ({ page }) => {
  const { groupId, participants } = await seedGroup(page, {
    participants: [
      { alias: 'Oak', consent: { groupDisplay: true, projector: true }, redactNames: ['Anna Rossi'] },
      { alias: 'Willow', consent: { groupDisplay: true } },
      { alias: 'Fern', consent: {} },
    ],
  });
  for (const [alias, shared, secret] of [
    ['Oak', 'Oak plays the accordion', 'Oak private sister'],
    ['Willow', 'Willow mends bicycles', 'Willow private label'],
    ['Fern', 'Fern reads in the library', 'Fern private brother'],
  ] as const) {
    await openApp(page, `/groups/${groupId}/trees/${participants[alias]}`);
    await addNoteViaPanel(page, 'Trunk', shared);
    await addNoteViaPanel(page, alias === 'Willow' ? 'Compost heap' : 'Leaves', secret);
  }

  await openApp(page, `/groups/${groupId}/forest`);
  await expect(page.getByRole('heading', { level: 1, name: 'Forest of Life' })).toBeVisible();
  await expect(page.getByText('2 trees in the forest. 1 participant is not shown')).toBeVisible();
  const forest = page.getByRole('img', { name: 'Forest of Life with 2 trees' });
  await expect(forest).toBeVisible();
  // What is drawn, read from the scene: the shared items of Oak and Willow, nothing private, nothing of Fern.
  const stored = await readStore<StoredItem>(page, 'treeItems');
  const idOf = (text: string) => stored.find((item) => item.text === text)!.id;
  await expect.poll(() => canvasItemIds(page)).toEqual(expect.arrayContaining([idOf('Oak plays the accordion'), idOf('Willow mends bicycles')]));
  const drawn = await canvasItemIds(page);
  for (const hidden of ['Fern reads in the library', 'Oak private sister', 'Willow private label', 'Fern private brother']) expect(drawn).not.toContain(idOf(hidden));
  expect(drawn).toHaveLength(2);
  await expect.poll(() => canvasTexts(page)).toEqual(expect.arrayContaining(['Oak', 'Willow']));
  for (const hidden of ['Fern', 'Fern reads in the library', 'Oak private sister', 'Willow private label', 'Fern private brother', 'Anna Rossi']) {
    expect(await canvasTexts(page)).not.toContain(hidden);
    await expect(page.locator('body')).not.toContainText(hidden);
  }
  // Seen from afar, notes are sketched; zoomed in, their text is drawn.
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => canvasTexts(page), { timeout: 5000 }).toEqual(expect.arrayContaining(['Oak plays the accordion', 'Willow mends bicycles']));
  await page.getByRole('button', { name: 'Fit' }).click();

  // Storms and the collective document, from the keyboard.
  const storms = page.getByRole('region', { name: 'Storms' });
  await storms.getByRole('textbox', { name: 'A storm that can hit trees like ours' }).focus();
  await page.keyboard.type('Long waits for test results');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(storms.getByRole('listitem')).toHaveText([/Long waits for test results/]);
  await storms.getByRole('textbox', { name: 'A storm that can hit trees like ours' }).fill('Feeling alone after a diagnosis');
  await storms.getByRole('button', { name: 'Add storm' }).click();
  await expect(storms.getByRole('listitem')).toHaveCount(2);
  const collective = page.getByRole('region', { name: 'Collective document' });
  await collective.getByRole('textbox', { name: 'A skill or knowledge of the group' }).fill('We know how to ask for help');
  await collective.getByRole('button', { name: 'Add to the document' }).click();
  await expect(collective.getByRole('listitem')).toHaveCount(1);
  await collective.getByRole('textbox', { name: 'A skill or knowledge of the group' }).fill('Humour on hard days');
  await collective.getByRole('button', { name: 'Add to the document' }).click();
  await expect(collective.getByRole('listitem')).toHaveCount(2);

  // Edit and delete from the keyboard.
  await storms.getByRole('button', { name: 'Edit “Long waits for test results”' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Long waits for results');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(storms.getByRole('listitem').first()).toContainText('Long waits for results');
  await collective.getByRole('button', { name: 'Delete “Humour on hard days”' }).focus();
  await page.keyboard.press('Enter');
  await expect(collective.getByRole('listitem')).toHaveCount(1);

  // Empty input is refused inline, nothing stored.
  await storms.getByRole('button', { name: 'Add storm' }).click();
  await expect(storms.getByRole('alert')).toHaveText('Please fill this in.');

  await expect.poll(() => canvasTexts(page)).toEqual(expect.arrayContaining(['Long waits for results', 'Feeling alone after a diagnosis', '• We know how to ask for help', 'Skills and knowledges of our forest']));
  expect(await canvasTexts(page)).not.toContain('• Humour on hard days');
  const rows = await readStore<Record<string, unknown>>(page, 'forestItems');
  expect(rows).toHaveLength(3);
  for (const row of rows) {
    expect(row).not.toHaveProperty('participantId');
    expect(row.groupId).toBe(groupId);
  }
  await expectAccessible(page, 'forest screen');

  // Willow withdraws group display: the tree leaves the forest.
  await setConsent(page, participants.Willow!, 'groupDisplay', false);
  await reloadApp(page);
  await expect(page.getByText('1 tree in the forest. 2 participants are not shown')).toBeVisible();
  await expect.poll(() => canvasItemIds(page)).toEqual([idOf('Oak plays the accordion')]);
  await expect.poll(() => canvasTexts(page)).toContain('Oak');
  expect(await canvasTexts(page)).not.toContain('Willow');
  await expect(page.locator('body')).not.toContainText('Willow');
});

test('the forest in Italian', async ({ page }) => {
  const { groupId } = await seedGroup(page, { lang: 'it', participants: [{ alias: 'Quercia', consent: { groupDisplay: true } }] });
  await page.evaluate(() => window.groveStore.put('settings', [{ key: 'lang', value: 'it' }]));
  await openApp(page, `/groups/${groupId}/forest`);
  await reloadApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Bosco della Vita' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tempeste', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Documento collettivo' })).toBeVisible();
  await expect(page.getByText('Quali tempeste possono colpire alberi e boschi come i nostri?')).toBeVisible();
  await expect.poll(() => canvasTexts(page)).toEqual(expect.arrayContaining(['Quercia', 'Capacità e conoscenze del nostro bosco', 'Radici']));
  await expectAccessible(page, 'forest screen in Italian');
});
