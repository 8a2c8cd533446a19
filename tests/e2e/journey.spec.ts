import { expect, openApp, test, reloadApp } from './fixtures';
import type { Page } from '@playwright/test';
import { addForm, createGroup, row as rosterRow } from './groupsPage';

/** How many participants have an attendance mark in the stored session (read straight from IndexedDB). */
function storedAttendanceCount(page: Page, sessionId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const session = (await window.groveStore.getAll('sessions')).find((row) => row.id === id) as { attendance: object };
    return Object.keys(session.attendance).length;
  }, sessionId);
}

/**
 * The foundation's whole first-day journey in one go, as a new facilitator would make it: a group, five
 * participants with consent, the 4-session programme, blocks reordered and edited by mouse and keyboard,
 * attendance, then a reload — and everything is still there.
 */
test('a new facilitator plans a whole programme for five people, and a reload keeps all of it', async ({ page }) => {
  const groupId = await createGroup(page, 'JRN-01', 'Thursday group');

  const form = addForm(page);
  for (const alias of ['Oak', 'Willow', 'River', 'Robin', 'Fern']) {
    await form.getByLabel('Alias').fill(alias);
    await form.getByLabel('Group display').check();
    await form.getByLabel('Summary').check();
    await form.getByRole('button', { name: 'Add participant' }).click();
    await expect(rosterRow(page, alias)).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Participants (5)' })).toBeVisible();

  await page.getByRole('link', { name: 'Sessions' }).click();
  await page.getByRole('radio', { name: /Tree of Life: 4 weekly sessions/ }).check();
  await page.getByLabel('Date of the first session').fill('2026-12-03');
  await page.getByRole('button', { name: 'Create programme' }).click();
  const sessions = page.locator('.sessions-table tbody tr');
  await expect(sessions).toHaveCount(4);

  await page.getByRole('link', { name: 'Drawing the Tree of Life' }).click();
  const names = () => page.locator('.agenda-row__name').allTextContents();
  const before = await names();
  const block = (title: string) => page.locator('.agenda-row').filter({ has: page.locator('.agenda-row__name', { hasText: title }) });

  // Keyboard: lift the third block with its handle and drop it one lower.
  await block(before[2]!).locator('[data-action="handle"]').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.agenda-row--dragging')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.waitForTimeout(200);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await names()).slice(2, 4)).toEqual([before[3], before[2]]);

  // Mouse: the first block's "move down" button; then edit its minutes.
  await page.getByRole('button', { name: `Move “${before[0]}” down` }).click();
  await expect.poll(async () => (await names()).slice(0, 2)).toEqual([before[1], before[0]]);
  await page.getByRole('button', { name: `Edit “${before[0]}”` }).click();
  const editor = page.getByRole('form', { name: `Edit “${before[0]}”` });
  await editor.getByLabel('Minutes').fill('20');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('balance')).toContainText('5 min over');

  for (const [alias, status] of [['Oak', 'Present'], ['Willow', 'Late'], ['River', 'Present'], ['Robin', 'Left early'], ['Fern', 'Absent']] as const) {
    await page.getByRole('radiogroup', { name: alias }).getByRole('radio', { name: status }).click();
  }
  await expect(page.locator('.attendance__summary')).toContainText('2 present · 1 late · 1 left early · 1 absent');
  // The summary shows a click at once; wait for the last write to reach IndexedDB, as a person would.
  const sessionId = /\/sessions\/([^/]+)/.exec(page.url())![1]!;
  await expect.poll(() => storedAttendanceCount(page, sessionId)).toBe(5);

  await reloadApp(page);
  await expect.poll(async () => (await names()).slice(0, 4)).toEqual([before[1], before[0], before[3], before[2]]);
  await expect(block(before[0]!)).toContainText('20 min');
  await expect(page.locator('.attendance__summary')).toContainText('2 present · 1 late · 1 left early · 1 absent');
  await openApp(page, `/groups/${groupId}/roster`);
  await expect(page.getByRole('heading', { name: 'Participants (5)' })).toBeVisible();
  await expect(rosterRow(page, 'Fern')).toContainText('Given');
});

test('the desktop menu’s "New group" screen opens the create form at once', async ({ page }) => {
  await openApp(page, '/new-group');
  await expect(page.getByRole('form', { name: 'Create a group' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Groups' })).toHaveAttribute('aria-current', 'page');
});
