import type { Page } from '@playwright/test';
import { PROMPTS } from '../../src/domain/prompts';
import type { PresenterMessage } from '../../src/features/presenter/channel';
import { expect, loadSampleGroup, openApp, test, reloadApp } from './fixtures';

declare global {
  interface Window {
    groveMessages?: PresenterMessage[];
    groveChannel?: BroadcastChannel;
  }
}

/** Open the run screen of the sample group's session with this title; returns the group id. */
async function openRun(page: Page, sessionTitle: string): Promise<string> {
  const groupId = await loadSampleGroup(page);
  await openApp(page, `/groups/${groupId}/sessions`);
  await page.getByRole('link', { name: sessionTitle }).click();
  await page.getByRole('link', { name: 'Run session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^Running session \\d: ${sessionTitle}$`) })).toBeVisible();
  return groupId;
}

/**
 * A second window of the same browser on the presenter route, listening on the presenter channel the
 * way a presenter view does, and saying hello as one does when it opens.
 */
async function openPresenterWindow(page: Page, groupId: string): Promise<Page> {
  const presenter = await page.context().newPage();
  await presenter.goto(`./#/present/${groupId}`);
  await presenter.evaluate(() => {
    window.groveMessages = [];
    const channel = new BroadcastChannel('grove-presenter');
    channel.onmessage = (event: MessageEvent<PresenterMessage>) => window.groveMessages!.push(event.data);
    channel.postMessage({ type: 'hello' });
    window.groveChannel = channel;
  });
  return presenter;
}

function lastMessage(presenter: Page, type: PresenterMessage['type']) {
  return presenter.evaluate((wanted) => [...(window.groveMessages ?? [])].reverse().find((message) => message.type === wanted) ?? null, type);
}

async function clearMessages(presenter: Page): Promise<void> {
  await presenter.evaluate(() => {
    window.groveMessages = [];
  });
}

/** Press a shortcut with focus on the page itself, not on a control. */
async function shortcut(page: Page, key: string): Promise<void> {
  await page.locator('main').focus();
  await page.keyboard.press(key);
}

const blockClock = (page: Page) => page.getByRole('timer', { name: 'Time on this block' });

test('run session 1: clock, next block, prompts to the presenter, curtain, reload resumes', async ({ page }) => {
  const groupId = await openRun(page, 'Drawing the Tree of Life');
  const presenter = await openPresenterWindow(page, groupId);
  // The run view answers the presenter's hello with what to show: the first block, not started yet.
  await expect.poll(() => lastMessage(presenter, 'show')).toMatchObject({ type: 'show', groupId, title: 'Welcome and group agreement', prompt: null, view: 'prompt' });
  await expect(page.getByRole('status').filter({ hasText: 'Not started' })).toBeVisible();
  await expect(page.getByText('Start or pause the clock')).toBeVisible();

  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Running' })).toBeVisible();
  await expect.poll(() => blockClock(page).textContent(), { timeout: 5000 }).toMatch(/^0:0[1-9]$/);

  // N twice (keyboard) moves to the roots; its first prompt goes to the presenter in the group's language.
  await shortcut(page, 'n');
  await expect(page.getByRole('heading', { level: 2, name: 'Warm-up: a tree that has mattered to me' })).toBeVisible();
  await shortcut(page, 'n');
  await expect(page.getByRole('heading', { level: 2, name: 'Roots: where I come from' })).toBeVisible();
  await expect(page.getByText('Block 3 of 13')).toBeVisible();
  await expect(page.getByTestId('current-prompt')).toHaveText(PROMPTS.roots[0].en);
  await expect.poll(() => lastMessage(presenter, 'show')).toMatchObject({ title: 'Roots: where I come from', prompt: PROMPTS.roots[0], view: 'prompt' });
  // The presenter view itself puts the prompt on the projector.
  await expect(presenter.getByText(PROMPTS.roots[0].en, { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Next prompt' }).click();
  await expect(page.getByTestId('current-prompt')).toHaveText(PROMPTS.roots[1].en);
  await expect(page.getByText('Prompt 2 of 4')).toBeVisible();
  await expect.poll(() => lastMessage(presenter, 'show').then((message) => message && 'prompt' in message && message.prompt)).toEqual(PROMPTS.roots[1]);
  await expect(presenter.getByText(PROMPTS.roots[1].en, { exact: true })).toBeVisible();

  // B drops the privacy curtain; the button shows it.
  await shortcut(page, 'b');
  await expect(page.getByRole('button', { name: 'Privacy curtain: on' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => lastMessage(presenter, 'curtain')).toEqual({ type: 'curtain', on: true });
  await expect(presenter.getByTestId('curtain')).toBeVisible();
  await expect(presenter.getByText(PROMPTS.roots[1].en, { exact: true })).toBeHidden();

  // Reload: the same block, prompt and running clock come back, and the curtain stays down.
  await clearMessages(presenter);
  await reloadApp(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Roots: where I come from' })).toBeVisible();
  await expect(page.getByTestId('current-prompt')).toHaveText(PROMPTS.roots[1].en);
  await expect(page.getByRole('status').filter({ hasText: 'Running' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Privacy curtain: on' })).toBeVisible();
  await expect(page.locator('.run-agenda__item[aria-current="step"]')).toContainText('Roots: where I come from');
  // Opening the run view again re-sends what to show, but never touches the curtain by itself.
  await expect.poll(() => lastMessage(presenter, 'show')).toMatchObject({ title: 'Roots: where I come from' });
  expect(await lastMessage(presenter, 'curtain')).toBeNull();

  // Any other facilitator screen asks the presenter and shows the curtain as down too.
  const forestScreen = await page.context().newPage();
  await forestScreen.goto(`./#/groups/${groupId}/forest`);
  await expect(forestScreen.getByRole('button', { name: 'Lift the curtain' })).toHaveAttribute('aria-pressed', 'true');
  await forestScreen.close();

  // A presenter that says hello again gets the current state again.
  await clearMessages(presenter);
  await presenter.evaluate(() => window.groveChannel!.postMessage({ type: 'hello' }));
  await expect.poll(() => lastMessage(presenter, 'show')).toMatchObject({ title: 'Roots: where I come from', prompt: PROMPTS.roots[1] });
  await expect.poll(() => lastMessage(presenter, 'curtain')).toEqual({ type: 'curtain', on: true });

  // Space pauses; the block clock stops, and stays stopped across a reload.
  await shortcut(page, ' ');
  await expect(page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
  const paused = await blockClock(page).textContent();
  await page.waitForTimeout(1500);
  await expect(blockClock(page)).toHaveText(paused!);
  await reloadApp(page);
  await expect(page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
  await expect(blockClock(page)).toHaveText(paused!);

  // P goes back a block; B lifts the curtain.
  await shortcut(page, 'p');
  await expect(page.getByRole('heading', { level: 2, name: 'Warm-up: a tree that has mattered to me' })).toBeVisible();
  await shortcut(page, 'b');
  await expect.poll(() => lastMessage(presenter, 'curtain')).toEqual({ type: 'curtain', on: false });
  await expect(presenter.getByTestId('curtain')).toBeHidden();
  await expect(presenter.getByText('Warm-up: a tree that has mattered to me', { exact: true })).toBeVisible();

  // End the session: recorded, and the programme shows it as held.
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ended' })).toBeVisible();
  await expect(page.locator('.run-agenda__item').first()).toContainText('0 of 15 min');
  await openApp(page, `/groups/${groupId}/sessions`);
  await expect(page.locator('.sessions-table tbody tr').first()).toContainText('Held');
});

test('forest blocks put the forest behind the prompt; Space on a focused button presses it', async ({ page }) => {
  const groupId = await openRun(page, 'Forest of Life: telling and re-telling');
  const presenter = await openPresenterWindow(page, groupId);
  await page.getByRole('button', { name: 'Go to “Forming the forest”' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Forming the forest' })).toBeVisible();
  await expect.poll(() => lastMessage(presenter, 'show')).toMatchObject({ title: 'Forming the forest', view: 'forest', prompt: PROMPTS.forest[0] });
  await page.getByRole('button', { name: 'Go to “Telling and re-telling (outsider witnesses)”' }).click();
  await expect(page.getByText('Prompt 1 of 4')).toBeVisible();
  await expect(page.getByTestId('current-prompt')).toHaveText(PROMPTS.retelling[0].en);

  // N works while a button has focus; Space on a focused button presses that button, not the clock.
  await page.getByRole('button', { name: 'Open presenter view' }).focus();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 2, name: 'Common values and collective document' })).toBeVisible();
  await page.getByRole('button', { name: 'Previous block' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 2, name: 'Telling and re-telling (outsider witnesses)' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Not started' })).toBeVisible();
});
