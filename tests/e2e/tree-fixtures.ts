import type { Page } from '@playwright/test';
import { expect, expectAccessible, openApp, test, reloadApp } from './fixtures';

export { expect, expectAccessible, openApp, reloadApp, test };

/**
 * Helpers for the canvas journeys: seed a group straight into IndexedDB (the raw API, as another window
 * would), read what the app stored, and aim the mouse at world coordinates on the tree canvas.
 */

export type ConsentAnswers = Partial<Record<'groupDisplay' | 'projector' | 'print' | 'summary', boolean>>;

export interface SeedParticipant {
  alias: string;
  consent?: ConsentAnswers;
  redactNames?: string[];
}

export interface SeededGroup {
  groupId: string;
  participants: Record<string, string>;
}

/** Put a group and its participants in the app's database, then reload so the app reads them. */
export async function seedGroup(page: Page, input: { code?: string; name?: string; lang?: 'en' | 'it'; participants: SeedParticipant[] }): Promise<SeededGroup> {
  await openApp(page, '/');
  const seeded = await page.evaluate(async ({ code, name, lang, participants }) => {
    const now = Date.now();
    const groupId = crypto.randomUUID();
    await window.groveStore.put('groups', [{
      id: groupId,
      code,
      name,
      settingType: 'peer-community',
      lang,
      datePrecision: 'day',
      suppressionK: 5,
      zoneLabels: {},
      denyList: [],
      retentionDays: 30,
      createdAt: now,
      updatedAt: now,
      archivedAt: null,
    }]);
    const ids: Record<string, string> = {};
    const rows = participants.map((p, index) => {
      const id = crypto.randomUUID();
      ids[p.alias] = id;
      const answer = (key: 'groupDisplay' | 'projector' | 'print' | 'summary') => ({ granted: Boolean(p.consent?.[key]), at: p.consent?.[key] === undefined ? null : now });
      return {
        id,
        groupId,
        alias: p.alias,
        color: '#009E73',
        symbol: 'leaf',
        redactNames: p.redactNames ?? [],
        consent: { groupDisplay: answer('groupDisplay'), projector: answer('projector'), print: answer('print'), summary: answer('summary') },
        createdAt: now + index,
      };
    });
    await window.groveStore.put('participants', rows);
    return { groupId, participants: ids };
  }, { code: input.code ?? 'E2E-01', name: input.name ?? 'Tuesday group at the day unit', lang: input.lang ?? 'en', participants: input.participants });
  await reloadApp(page);
  return seeded;
}

export interface StoredItem {
  id: string;
  kind: 'note' | 'stroke' | 'sticker';
  zone: string;
  visibility: string;
  text?: string;
  x: number;
  y: number;
  rotation: number;
  width?: number;
  height?: number;
  size?: number;
  scaleX?: number;
  points?: number[];
  locked: boolean;
  z: number;
  color?: string;
}

/** Every stored row of a store, read with the raw IndexedDB API. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate((name) => window.groveStore.getAll(name) as Promise<never[]>, store);
}

/** The stored items of one participant's tree. */
export async function readItems(page: Page, participantId: string): Promise<StoredItem[]> {
  const rows = await readStore<StoredItem & { participantId: string }>(page, 'treeItems');
  return rows.filter((row) => row.participantId === participantId);
}

/** Change one participant's consent for a purpose, as the roster would. */
export async function setConsent(page: Page, participantId: string, purpose: string, granted: boolean): Promise<void> {
  await page.evaluate(
    async ({ participantId, purpose, granted }) => {
      const row = (await window.groveStore.getAll('participants')).find((p) => p.id === participantId) as { consent: Record<string, unknown> };
      await window.groveStore.update('participants', participantId, { consent: { ...row.consent, [purpose]: { granted, at: Date.now() } } });
    },
    { participantId, purpose, granted },
  );
}

/** Screen position (page coordinates) of a world point on the tree canvas. */
export async function worldToPage(page: Page, x: number, y: number, selector = '.tree-canvas__stage'): Promise<{ x: number; y: number }> {
  const stage = page.locator(selector).first();
  await expect(stage).toHaveAttribute('data-view', /\d/);
  await stage.scrollIntoViewIfNeeded();
  const view = (await stage.getAttribute('data-view'))!.split(' ').map(Number) as [number, number, number];
  const box = (await stage.boundingBox())!;
  return { x: box.x + x * view[0] + view[1], y: box.y + y * view[0] + view[2] };
}

/** Click at a world point. */
export async function clickWorld(page: Page, x: number, y: number): Promise<void> {
  const at = await worldToPage(page, x, y);
  await page.mouse.click(at.x, at.y);
}

/** Drag with the mouse between world points, in small steps (each step is a pointermove). */
export async function dragWorld(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 12): Promise<void> {
  const a = await worldToPage(page, from.x, from.y);
  const b = await worldToPage(page, to.x, to.y);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps });
  await page.mouse.up();
}

/** Add a note to a zone through the side panel of the open tree screen. */
export async function addNoteViaPanel(page: Page, zoneLabel: string, text: string): Promise<void> {
  await page.getByRole('button', { name: `Add to ${zoneLabel}` }).click();
  const form = page.getByRole('form', { name: `Add to ${zoneLabel}` });
  await form.getByRole('textbox', { name: 'Note text' }).fill(text);
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(page.locator('.item-panel .item-row', { hasText: text })).toHaveCount(1);
  await form.getByRole('button', { name: 'Close' }).click();
}

/** Every text drawn on the page's Konva stages (what the canvases actually show, read from the scene). */
export async function canvasTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const konva = (window as unknown as { Konva?: { stages: { find(selector: string): { text(): string; isVisible(): boolean }[] }[] } }).Konva;
    return (konva?.stages ?? []).flatMap((stage) => stage.find('Text').map((node) => node.text()));
  });
}

/** Ids of every tree item drawn on the page's Konva stages (whatever their level of detail). */
export async function canvasItemIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const konva = (window as unknown as { Konva?: { stages: { find(selector: string): { id(): string }[] }[] } }).Konva;
    return (konva?.stages ?? []).flatMap((stage) => stage.find('.item').map((node) => node.id()));
  });
}
