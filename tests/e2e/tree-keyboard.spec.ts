import { ZONES } from '../../src/domain/zones';
import { DEFAULT_ZONE_LABELS } from '../../src/domain/zones';
import { expect, expectAccessible, openApp, readItems, seedGroup, reloadApp, test } from './tree-fixtures';

test('the same tree made with the keyboard alone, through the side panel', async ({ page }) => {
  const { groupId, participants } = await seedGroup(page, { participants: [{ alias: 'Willow', consent: { groupDisplay: true } }] });
  const willow = participants.Willow!;
  await openApp(page, `/groups/${groupId}/trees/${willow}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tree of Life — Willow' })).toBeVisible();
  await expectAccessible(page, 'tree screen');

  // A note in every zone: open the zone's form, type, Tab to "Add", Enter.
  for (const zone of ZONES) {
    const label = DEFAULT_ZONE_LABELS.en[zone];
    await page.getByRole('button', { name: `Add to ${label}` }).focus();
    await page.keyboard.press('Enter');
    const text = page.getByRole('form', { name: `Add to ${label}` }).getByRole('textbox', { name: 'Note text' });
    await expect(text).toBeFocused();
    await page.keyboard.type(`Keyboard note in ${label}`);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('form', { name: `Add to ${label}` }).getByRole('button', { name: 'Add' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator(`.item-panel__zone[data-zone="${zone}"] .item-row`)).toContainText(`Keyboard note in ${label}`);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: `Add to ${label}` })).toBeFocused();
  }

  // A sticker in the fruits: switch the form to "Sticker" with the arrow keys and pick the star.
  await page.getByRole('button', { name: 'Add to Fruits' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('radio', { name: 'Note' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Sticker' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Sticker' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('combobox', { name: 'Sticker' })).toHaveValue('star');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.item-panel__zone[data-zone="fruits"] .item-row[data-kind="sticker"]')).toContainText('Sticker: Star');
  await page.keyboard.press('Escape');

  // Edit a note's text.
  await page.getByRole('button', { name: 'Edit “Keyboard note in Trunk”' }).focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('textbox', { name: 'Note text' });
  await expect(edit).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('I listen well');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.item-panel__zone[data-zone="trunk"] .item-row')).toContainText('I listen well');

  // Move the roots note to the ground with its zone menu.
  await page.getByRole('combobox', { name: 'Zone of “Keyboard note in Roots”' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.item-panel__zone[data-zone="ground"]')).toContainText('Keyboard note in Roots');

  // Make the trunk note private, and share a leaf with the group.
  await page.getByRole('combobox', { name: 'Who may see “I listen well”' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('combobox', { name: 'Who may see “I listen well”' })).toHaveValue('private');
  await page.getByRole('combobox', { name: 'Who may see “Keyboard note in Leaves”' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('combobox', { name: 'Who may see “Keyboard note in Leaves”' })).toHaveValue('forest');

  // Delete the branches note; focus returns to the zone's "Add" button.
  await page.getByRole('button', { name: 'Delete “Keyboard note in Branches”' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.item-panel__zone[data-zone="branches"] .item-row')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add to Branches' })).toBeFocused();

  await expect.poll(async () => (await readItems(page, willow)).length).toBe(8);
  const items = await readItems(page, willow);
  const byText = (text: string) => items.find((item) => item.text === text);
  expect(byText('Keyboard note in Roots')?.zone).toBe('ground');
  expect(byText('I listen well')?.visibility).toBe('private');
  expect(byText('Keyboard note in Leaves')?.visibility).toBe('forest');
  expect(byText('Keyboard note in Compost heap')?.visibility).toBe('private');
  expect(byText('Keyboard note in Branches')).toBeUndefined();
  expect(items.find((item) => item.kind === 'sticker')?.zone).toBe('fruits');

  // Undo from the keyboard brings the deleted note back.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.item-panel__zone[data-zone="branches"] .item-row')).toContainText('Keyboard note in Branches');
  await expect.poll(async () => (await readItems(page, willow)).length).toBe(9);

  // The canvas has a text description summarising each zone.
  const description = await page.getByRole('img', { name: /Tree of Life drawing of Willow/ }).getAttribute('aria-describedby');
  await expect(page.locator(`[id="${description}"]`)).toContainText('Fruits: 1 note, 1 sticker');
  await expectAccessible(page, 'tree screen with items');
});

test('the tree screen in Italian, with the group’s Italian zone labels', async ({ page }) => {
  const { groupId, participants } = await seedGroup(page, { lang: 'it', participants: [{ alias: 'Quercia', consent: { groupDisplay: true, print: true } }] });
  await page.evaluate(() => window.groveStore.put('settings', [{ key: 'lang', value: 'it' }]));
  await reloadApp(page);
  await openApp(page, `/groups/${groupId}/trees/${participants.Quercia}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Albero della Vita — Quercia' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Elementi per zona' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Passo 1 di 8: Radici/ })).toBeVisible();
  await expect(page.getByText('Da dove comincia la tua storia: un luogo, un paese, una famiglia, una comunità?')).toBeVisible();
  await page.getByRole('button', { name: 'Aggiungi a Radici' }).click();
  await page.getByRole('textbox', { name: 'Testo della nota' }).fill('La cucina della nonna');
  await page.getByRole('button', { name: 'Aggiungi', exact: true }).click();
  await expect(page.locator('.item-panel__zone[data-zone="roots"] .item-row')).toContainText('La cucina della nonna');
  await expect(page.getByRole('status').filter({ hasText: /Salvato alle/ })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Strumenti di disegno' })).toBeVisible();
  await expectAccessible(page, 'tree screen in Italian');
});
