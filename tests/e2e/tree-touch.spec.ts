import type { CDPSession, Page } from '@playwright/test';
import { expect, openApp, readItems, seedGroup, test, worldToPage } from './tree-fixtures';

type Finger = { x: number; y: number; id: number };

/** Real touch input through the browser (Chromium turns it into pointer events with pointerType "touch"). */
async function touch(cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', fingers: Finger[]): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: fingers.map((f) => ({ x: f.x, y: f.y, id: f.id, radiusX: 4, radiusY: 4, force: 0.5 })) });
}

async function swipe(cdp: CDPSession, page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const a = await worldToPage(page, from.x, from.y);
  const b = await worldToPage(page, to.x, to.y);
  await touch(cdp, 'touchStart', [{ ...a, id: 1 }]);
  for (let i = 1; i <= 10; i++) await touch(cdp, 'touchMove', [{ x: a.x + ((b.x - a.x) * i) / 10, y: a.y + ((b.y - a.y) * i) / 10, id: 1 }]);
  await touch(cdp, 'touchEnd', []);
}

test('touch: a finger draws; in pen-only mode a finger pans instead; two fingers pinch-zoom', async ({ page }) => {
  const { groupId, participants } = await seedGroup(page, { participants: [{ alias: 'Robin' }] });
  const robin = participants.Robin!;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  await openApp(page, `/participant/${groupId}/${robin}`);
  const tools = page.getByRole('toolbar', { name: 'Drawing tools' });
  await tools.getByRole('button', { name: 'Pen' }).click();
  const stage = page.locator('.tree-canvas__stage');
  await expect(stage).toHaveCSS('touch-action', 'none');

  await swipe(cdp, page, { x: 300, y: 760 }, { x: 500, y: 770 });
  await expect.poll(async () => (await readItems(page, robin)).filter((item) => item.kind === 'stroke')).toHaveLength(1);

  // Pen only: the resting palm (a finger) draws nothing and moves the view instead.
  await page.getByLabel('Pen only (ignore touch)').check();
  const before = await stage.getAttribute('data-view');
  await swipe(cdp, page, { x: 300, y: 850 }, { x: 450, y: 880 });
  await expect.poll(() => stage.getAttribute('data-view')).not.toBe(before);
  expect((await readItems(page, robin)).filter((item) => item.kind === 'stroke')).toHaveLength(1);

  // Two fingers moving apart zoom in, and draw nothing.
  const scale = async () => Number((await stage.getAttribute('data-view'))!.split(' ')[0]);
  await page.getByLabel('Pen only (ignore touch)').uncheck();
  const start = await scale();
  const centre = await worldToPage(page, 600, 500);
  await touch(cdp, 'touchStart', [{ x: centre.x - 30, y: centre.y, id: 1 }]);
  await touch(cdp, 'touchStart', [{ x: centre.x - 30, y: centre.y, id: 1 }, { x: centre.x + 30, y: centre.y, id: 2 }]);
  for (let i = 1; i <= 10; i++) await touch(cdp, 'touchMove', [{ x: centre.x - 30 - i * 8, y: centre.y, id: 1 }, { x: centre.x + 30 + i * 8, y: centre.y, id: 2 }]);
  await touch(cdp, 'touchEnd', []);
  await expect.poll(scale).toBeGreaterThan(start * 1.5);
  expect((await readItems(page, robin)).filter((item) => item.kind === 'stroke')).toHaveLength(1);
});
