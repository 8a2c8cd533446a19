import { zoneCenter } from '../../src/domain/treeLayout';
import { ZONES } from '../../src/domain/zones';
import { addNoteViaPanel, clickWorld, dragWorld, expect, openApp, readItems, seedGroup, reloadApp, test, worldToPage, type StoredItem } from './tree-fixtures';

const ZONE_NOTES: Record<string, string> = {
  roots: 'Grandmother’s kitchen songs',
  ground: 'Sunday walks by the river',
  trunk: 'Patience from the garden',
  branches: 'A train trip to the sea',
  leaves: 'My sister on Fridays',
  fruits: 'Being listened to',
  flowers: 'Passing on my recipes',
  compost: 'The label “too fragile”',
};

test('a guided tree drawn with the mouse: notes in every zone, a stroke, a sticker, move, resize, rotate, undo, redo, reload', async ({ page }) => {
  const { groupId, participants } = await seedGroup(page, { participants: [{ alias: 'Oak', consent: { groupDisplay: true, projector: true, print: true } }] });
  const oak = participants.Oak!;
  await openApp(page, `/groups/${groupId}/trees/${oak}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tree of Life — Oak' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Tree of Life drawing of Oak/ })).toBeVisible();

  // Guided mode walks the zones in the method's order; a note typed inline in each.
  await page.getByRole('toolbar', { name: 'Drawing tools' }).getByRole('button', { name: 'Note', exact: true }).click();
  for (const zone of ZONES) {
    const centre = zoneCenter(zone);
    await clickWorld(page, centre.x, centre.y);
    const editor = page.getByRole('textbox', { name: /Note text/ });
    await expect(editor).toBeFocused();
    await editor.fill(ZONE_NOTES[zone]!);
    await editor.press('Enter');
    await expect(page.locator(`.item-panel__zone[data-zone="${zone}"] .item-row`)).toContainText(ZONE_NOTES[zone]!);
    await page.getByRole('button', { name: zone === 'compost' ? 'Finish' : /^Next: / }).click();
  }
  await expect(page.getByText('8 of 8 zones done')).toBeVisible();
  await expect(page.getByText(/^Saved at /)).toBeVisible();

  let items = await readItems(page, oak);
  expect(items).toHaveLength(8);
  for (const zone of ZONES) expect(items.find((item) => item.text === ZONE_NOTES[zone])?.zone).toBe(zone);
  expect(items.find((item) => item.zone === 'leaves')?.visibility).toBe('private');
  expect(items.find((item) => item.zone === 'compost')?.visibility).toBe('private');
  expect(items.find((item) => item.zone === 'trunk')?.visibility).toBe('forest');

  // A pen stroke drawn with pointer events on the trunk.
  await page.getByRole('toolbar', { name: 'Drawing tools' }).getByRole('button', { name: 'Pen', exact: true }).click();
  const start = await worldToPage(page, 540, 640);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    const p = await worldToPage(page, 540 + i * 6, 640 + Math.sin(i / 3) * 15);
    await page.mouse.move(p.x, p.y);
  }
  await page.mouse.up();
  await expect(page.locator('.item-panel__zone[data-zone="trunk"] .item-row[data-kind="stroke"]')).toHaveCount(1);

  // A sticker in the branches.
  await page.getByRole('toolbar', { name: 'Drawing tools' }).getByRole('button', { name: 'Sticker', exact: true }).click();
  await page.getByRole('radio', { name: 'Star' }).click();
  await clickWorld(page, 850, 420);
  await expect(page.locator('.item-panel__zone[data-zone="branches"] .item-row[data-kind="sticker"]')).toHaveCount(1);

  items = await readItems(page, oak);
  const stroke = items.find((item) => item.kind === 'stroke')!;
  expect(stroke.zone).toBe('trunk');
  expect(stroke.points!.length).toBeGreaterThanOrEqual(3 * 15);
  expect(items.find((item) => item.kind === 'sticker')?.zone).toBe('branches');

  // Move: drag the ground note up into the trunk; its zone follows where it lands.
  await page.getByRole('toolbar', { name: 'Drawing tools' }).getByRole('button', { name: 'Select', exact: true }).click();
  const ground = items.find((item) => item.text === ZONE_NOTES.ground)!;
  await dragWorld(page, { x: ground.x, y: ground.y }, { x: 600, y: 540 });
  await expect.poll(async () => (await readItems(page, oak)).find((item) => item.id === ground.id)?.zone).toBe('trunk');
  await expect(page.locator('.item-panel__zone[data-zone="trunk"]')).toContainText(ZONE_NOTES.ground!);

  // Resize the branches note with the Transformer's bottom-right handle.
  const branches = items.find((item) => item.text === ZONE_NOTES.branches)!;
  await clickWorld(page, branches.x, branches.y);
  await dragWorld(page, { x: branches.x + branches.width! / 2, y: branches.y + branches.height! / 2 }, { x: branches.x + branches.width! / 2 + 70, y: branches.y + branches.height! / 2 + 20 });
  await expect.poll(async () => (await readItems(page, oak)).find((item) => item.id === branches.id)?.width).toBeGreaterThan(branches.width! + 30);

  // Rotate it with the rotation handle above the box.
  const resized = (await readItems(page, oak)).find((item) => item.id === branches.id)!;
  const top = await worldToPage(page, resized.x, resized.y - resized.height! / 2);
  await page.mouse.move(top.x, top.y - 50);
  await page.mouse.down();
  await page.mouse.move(top.x + 60, top.y - 30, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => Math.abs((await readItems(page, oak)).find((item) => item.id === branches.id)?.rotation ?? 0)).toBeGreaterThan(10);
  const rotated = (await readItems(page, oak)).find((item) => item.id === branches.id)!;

  // Undo the rotation, then redo it (keyboard shortcuts).
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await readItems(page, oak)).find((item) => item.id === branches.id)?.rotation).toBe(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await readItems(page, oak)).find((item) => item.id === branches.id)?.rotation).toBe(rotated.rotation);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await readItems(page, oak)).find((item) => item.id === branches.id)?.rotation).toBe(rotated.rotation);
  await expect(page.getByText(/^Saved at /)).toBeVisible();

  // Reload: everything is still there, in the right zones.
  const before = await readItems(page, oak);
  await reloadApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Tree of Life — Oak' })).toBeVisible();
  const after = await readItems(page, oak);
  const byId = (list: StoredItem[]) => Object.fromEntries(list.map((item) => [item.id, [item.zone, item.x, item.y, item.rotation, item.width]]));
  expect(byId(after)).toEqual(byId(before));
  expect(after).toHaveLength(10);
  for (const item of after) await expect(page.locator(`.item-panel__zone[data-zone="${item.zone}"] .item-row[data-item-id="${item.id}"]`)).toHaveCount(1);
  await expect(page.locator('.guided__step[data-done="true"]')).toHaveCount(8);
});

test('selection and stacking on the canvas: marquee, duplicate, delete, lock, bring forward, eraser, zoom', async ({ page }) => {
  const { groupId, participants } = await seedGroup(page, { participants: [{ alias: 'Birch', consent: { groupDisplay: true } }] });
  const birch = participants.Birch!;
  await openApp(page, `/groups/${groupId}/trees/${birch}`);
  await page.getByRole('radio', { name: 'Free' }).click();
  await addNoteViaPanel(page, 'Trunk', 'Note A');
  await addNoteViaPanel(page, 'Trunk', 'Note B');
  const tools = page.getByRole('toolbar', { name: 'Drawing tools' });

  // A stroke on the ground.
  await tools.getByRole('button', { name: 'Pen', exact: true }).click();
  await dragWorld(page, { x: 150, y: 760 }, { x: 350, y: 760 }, 15);
  await expect(page.locator('.item-panel__zone[data-zone="ground"] .item-row[data-kind="stroke"]')).toHaveCount(1);

  // Marquee around the trunk selects both notes; Ctrl+D duplicates them; Delete removes the copies.
  await tools.getByRole('button', { name: 'Select', exact: true }).click();
  await dragWorld(page, { x: 420, y: 455 }, { x: 800, y: 715 });
  await expect(page.locator('.item-row--selected')).toHaveCount(2);
  await page.keyboard.press('Control+d');
  await expect.poll(async () => (await readItems(page, birch)).filter((item) => item.kind === 'note')).toHaveLength(4);
  await expect(page.locator('.item-row--selected')).toHaveCount(2);
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await readItems(page, birch)).filter((item) => item.kind === 'note')).toHaveLength(2);

  // Lock A: it cannot be dragged or deleted until unlocked.
  let items = await readItems(page, birch);
  const a = items.find((item) => item.text === 'Note A')!;
  const b = items.find((item) => item.text === 'Note B')!;
  await clickWorld(page, a.x, a.y);
  await tools.getByRole('button', { name: 'Lock' }).click();
  await expect(tools.getByRole('button', { name: 'Lock' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await readItems(page, birch)).find((item) => item.id === a.id)?.locked).toBe(true);
  await dragWorld(page, { x: a.x, y: a.y }, { x: a.x + 100, y: a.y - 150 });
  await page.keyboard.press('Delete');
  await page.waitForTimeout(300);
  items = await readItems(page, birch);
  expect(items.find((item) => item.id === a.id)).toMatchObject({ x: a.x, y: a.y });
  await clickWorld(page, a.x, a.y);
  await tools.getByRole('button', { name: 'Lock' }).click();
  await expect.poll(async () => (await readItems(page, birch)).find((item) => item.id === a.id)?.locked).toBe(false);

  // Bring A forward above B, then send it back.
  expect(a.z).toBeLessThan(b.z);
  await tools.getByRole('button', { name: 'Bring forward' }).click();
  await expect.poll(async () => {
    const now = await readItems(page, birch);
    return now.find((item) => item.id === a.id)!.z > now.find((item) => item.id === b.id)!.z;
  }).toBe(true);
  await tools.getByRole('button', { name: 'Send back' }).click();
  await expect.poll(async () => {
    const now = await readItems(page, birch);
    return now.find((item) => item.id === a.id)!.z < now.find((item) => item.id === b.id)!.z;
  }).toBe(true);

  // Recolour a selected note.
  await clickWorld(page, b.x, b.y);
  await tools.getByRole('button', { name: 'Make the selected notes colour 3' }).click();
  await expect.poll(async () => (await readItems(page, birch)).find((item) => item.id === b.id)?.color).toBe('#ffd6e0');

  // The eraser removes the stroke it crosses (not the notes); undo brings it back.
  await tools.getByRole('button', { name: 'Eraser', exact: true }).click();
  await dragWorld(page, { x: 250, y: 720 }, { x: 250, y: 800 }, 10);
  await expect.poll(async () => (await readItems(page, birch)).map((item) => item.kind).sort()).toEqual(['note', 'note']);
  await tools.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await readItems(page, birch)).map((item) => item.kind).sort()).toEqual(['note', 'note', 'stroke']);

  // Zoom buttons and fit.
  const stage = page.locator('.tree-canvas__stage');
  const scale = async () => Number((await stage.getAttribute('data-view'))!.split(' ')[0]);
  const fitted = await scale();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(scale).toBeCloseTo(fitted * 1.25, 3);
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect.poll(scale).toBeCloseTo(fitted, 3);
  await stage.hover();
  await page.mouse.wheel(0, -300);
  await expect.poll(scale).toBeGreaterThan(fitted);
});
