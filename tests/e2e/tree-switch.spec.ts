import { loadSampleGroup } from './fixtures';
import { expect, openApp, readStore, test, type StoredItem } from './tree-fixtures';

interface Sample {
  title: string;
  ids: string[];
}

declare global {
  interface Window {
    groveSamples?: Sample[];
    groveSampling?: boolean;
  }
}

test('switching trees in place never shows one person’s items under another’s alias, sampled every frame', async ({ page }) => {
  const groupId = await loadSampleGroup(page);
  const participants = await readStore<{ id: string; alias: string }>(page, 'participants');
  const items = await readStore<StoredItem & { participantId: string }>(page, 'treeItems');
  const oak = participants.find((p) => p.alias === 'Oak')!;
  const willow = participants.find((p) => p.alias === 'Willow')!;
  const owner = Object.fromEntries(items.map((item) => [item.id, item.participantId]));
  expect(items.some((item) => item.participantId === oak.id)).toBe(true);
  expect(items.some((item) => item.participantId === willow.id)).toBe(true);

  await openApp(page, `/groups/${groupId}/trees/${oak.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tree of Life — Oak' })).toBeVisible();

  // Every animation frame: the heading's alias and the ids of the items drawn on the canvas.
  await page.evaluate(() => {
    window.groveSamples = [];
    window.groveSampling = true;
    const konva = () => (window as unknown as { Konva?: { stages: { find(selector: string): { id(): string }[] }[] } }).Konva;
    const sample = () => {
      const title = document.querySelector('h1')?.textContent ?? '';
      const ids = (konva()?.stages ?? []).flatMap((stage) => stage.find('.item').map((node) => node.id()));
      window.groveSamples!.push({ title, ids });
      if (window.groveSampling) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  // Rapid switches in place (the hash changes, the screen stays), some before the last one has settled.
  for (let round = 0; round < 15; round += 1) {
    const target = round % 2 === 0 ? willow : oak;
    await page.evaluate((hash) => (location.hash = hash), `#/groups/${groupId}/trees/${target.id}`);
    await page.waitForTimeout(round % 3 === 0 ? 20 : 120);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Tree of Life — Willow' })).toBeVisible();
  await page.waitForTimeout(300);
  const samples = await page.evaluate(() => {
    window.groveSampling = false;
    return window.groveSamples ?? [];
  });

  const aliasOf = (title: string) => (title.endsWith('— Oak') ? oak.id : title.endsWith('— Willow') ? willow.id : null);
  let checked = 0;
  for (const sample of samples) {
    const shownFor = aliasOf(sample.title);
    const owners = new Set(sample.ids.map((id) => owner[id]).filter(Boolean));
    if (sample.ids.length === 0) continue;
    // Items on the canvas always belong to the person named in the heading, and never to two people at once.
    expect(owners.size, `frame shows items of ${owners.size} people`).toBe(1);
    expect(shownFor, `frame titled “${sample.title}” shows items`).not.toBeNull();
    expect([...owners][0]).toBe(shownFor);
    checked += 1;
  }
  expect(samples.length).toBeGreaterThan(30);
  expect(checked).toBeGreaterThan(10);
});
