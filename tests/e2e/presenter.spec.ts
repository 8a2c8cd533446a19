import { addNoteViaPanel, canvasItemIds, canvasTexts, expect, expectAccessible, openApp, readStore, seedGroup, test, type StoredItem } from './tree-fixtures';

test('the presenter view shows only projector-consented, non-private content, follows the facilitator, and the curtain blanks it', async ({ page, context }) => {
  const { groupId, participants } = await seedGroup(page, {
    participants: [
      { alias: 'Oak', consent: { groupDisplay: true, projector: true }, redactNames: ['Anna Rossi'] },
      { alias: 'Willow', consent: { groupDisplay: true, projector: false } },
    ],
  });
  await openApp(page, `/groups/${groupId}/trees/${participants.Willow}`);
  await addNoteViaPanel(page, 'Trunk', 'Willow mends bicycles');
  await openApp(page, `/groups/${groupId}/trees/${participants.Oak}`);
  await addNoteViaPanel(page, 'Trunk', 'Oak plays the accordion');
  await addNoteViaPanel(page, 'Leaves', 'Oak private sister');
  await addNoteViaPanel(page, 'Roots', 'Oak roots kept private');
  await page.getByRole('combobox', { name: 'Who may see “Oak roots kept private”' }).selectOption('private');

  // The facilitator opens the presenter view (a second window in a browser).
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Open presenter view' }).click()]);
  await expect(presenter).toHaveURL(new RegExp(`#/present/${groupId}$`));
  await expect(presenter.getByText('Waiting for the facilitator…')).toBeVisible();
  await expect(presenter.getByRole('navigation')).toHaveCount(0);

  // Show this tree: the current prompt in large type and the tree with shared items only.
  await page.getByRole('group', { name: 'Projector' }).getByRole('button', { name: 'Show on projector' }).click();
  await expect(presenter.getByText('Where does your story start: a place, a town, a family, a community?')).toBeVisible();
  await expect(presenter.getByText('Tree of Oak')).toBeVisible();
  await expect(presenter.getByRole('img', { name: /Tree of Life of Oak/ })).toBeVisible();
  await expect.poll(() => canvasTexts(presenter)).toContain('Oak plays the accordion');
  await expect.poll(async () => (await canvasItemIds(presenter)).length).toBe(1);
  const shown = await canvasTexts(presenter);
  expect(shown).not.toContain('Oak private sister');
  expect(shown).not.toContain('Oak roots kept private');
  await expect(presenter.locator('body')).not.toContainText('Anna Rossi');
  await expect(presenter.locator('body')).not.toContainText('Willow');
  await expectAccessible(presenter, 'presenter view');

  // A prompt chosen from the guided steps replaces it.
  await page.getByRole('listitem').filter({ hasText: 'What gives you strength and keeps you steady?' }).getByRole('button', { name: 'Show on projector' }).click();
  await expect(presenter.getByText('What gives you strength and keeps you steady?')).toBeVisible();

  // The curtain from the presenter's own keyboard: B blanks at once and B lifts it.
  await presenter.bringToFront();
  await presenter.keyboard.press('b');
  await expect(presenter.getByTestId('curtain')).toBeVisible();
  await expect(presenter.getByText('What gives you strength and keeps you steady?')).toHaveCount(0);
  expect(await canvasTexts(presenter)).toEqual([]);
  await presenter.keyboard.press('b');
  await expect(presenter.getByText('What gives you strength and keeps you steady?')).toBeVisible();

  // The curtain from the facilitator's window, over the channel.
  await page.bringToFront();
  await page.getByRole('button', { name: 'Curtain (blank the projector)' }).click();
  await expect(presenter.getByTestId('curtain')).toBeVisible();
  await expectAccessible(presenter, 'presenter curtain');
  await page.getByRole('button', { name: 'Lift the curtain' }).click();
  await expect(presenter.getByTestId('curtain')).toHaveCount(0);

  // The button on the presenter blanks it too.
  await presenter.getByRole('button', { name: 'Curtain' }).click();
  await expect(presenter.getByTestId('curtain')).toBeVisible();
  await presenter.getByRole('button', { name: 'Lift the curtain' }).click();

  // The forest on the projector: Willow agreed to group display but not to the projector, so only Oak.
  await openApp(page, `/groups/${groupId}/forest`);
  await page.getByRole('group', { name: 'Projector' }).getByRole('button', { name: 'Show on projector' }).click();
  await expect(presenter.getByRole('img', { name: 'Forest of Life: 1 tree, showing only what may be projected' })).toBeVisible();
  const stored = await readStore<StoredItem>(page, 'treeItems');
  const idOf = (text: string) => stored.find((item) => item.text === text)!.id;
  await expect.poll(() => canvasItemIds(presenter)).toEqual([idOf('Oak plays the accordion')]);
  await expect.poll(() => canvasTexts(presenter)).toContain('Oak');
  const forest = await canvasTexts(presenter);
  for (const hidden of ['Willow', 'Willow mends bicycles', 'Oak private sister', 'Oak roots kept private']) expect(forest).not.toContain(hidden);

  // A presenter opened later asks for the current state and gets it.
  const late = await context.newPage();
  await late.goto(`./#/present/${groupId}`);
  await expect(late.getByRole('img', { name: /Forest of Life: 1 tree,/ })).toBeVisible();
  // Nothing of Willow's appears on a projector tree view either.
  await openApp(page, `/groups/${groupId}/trees/${participants.Willow}`);
  await expect(page.getByRole('group', { name: 'Projector' }).getByRole('button', { name: 'Show on projector' })).toBeDisabled();
  await expect(page.getByText('Willow has not agreed to the projector')).toBeVisible();
});
