import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, loadSampleGroup, openApp, reloadApp, test } from './fixtures';

/**
 * Running the room, through the UI: a session that runs long, +5 min, the re-plan accepted, a pause for
 * care with the curtain checked on the presenter window, resume, the standing in words at each step, and
 * the run sheet PDF checked by its text. The page clock is Playwright's, so minutes pass on demand.
 */

const standing = (page: Page) => page.getByTestId('run-standing');
const cue = (page: Page) => page.getByTestId('block-cue');

/**
 * Press a button from the keyboard. With the page clock installed, Playwright's "stable" check (two
 * animation frames) can wait on the fake clock; pressing Enter on the focused button is what a keyboard
 * user does anyway.
 */
async function press(button: ReturnType<Page['getByRole']>): Promise<void> {
  await button.focus();
  await button.press('Enter');
}

async function shortcut(page: Page, key: string): Promise<void> {
  await page.locator('main').focus();
  await page.keyboard.press(key);
}

test('a session that runs long: +5, re-plan accepted, pause for care with the curtain down, resume, run sheet', async ({ page }) => {
  test.setTimeout(180_000);
  // Friday 4 December 2026, 18:00 local time. The page clock runs on from there (a paused clock would stall
  // the database's timers); the test jumps it forward by whole minutes, so checks allow a few real seconds.
  await page.clock.install({ time: new Date(2026, 11, 4, 18, 0, 0) });
  const groupId = await loadSampleGroup(page);

  // The care plan's support contacts are entered in the group's settings.
  await openApp(page, `/groups/${groupId}/settings`);
  await page.getByLabel('Support contacts').fill('Local support line 0800 123 456\nOn-site: ward nurse, room 4');
  await press(page.getByRole('button', { name: 'Save contacts' }));
  await expect(page.getByText('Contacts saved.')).toBeVisible();

  await openApp(page, `/groups/${groupId}/sessions`);
  await page.getByRole('link', { name: 'Drawing the Tree of Life' }).click();
  await page.getByRole('link', { name: 'Run session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Running session 1:/ })).toBeVisible();
  const sessionId = /sessions\/([^/]+)\/run/.exec(page.url())![1]!;

  // Before the start: the materials as a checklist.
  const materials = page.getByRole('region', { name: 'Materials' });
  await expect(materials.getByRole('checkbox', { name: 'Large paper' })).toBeVisible();
  await materials.getByRole('checkbox', { name: 'Large paper' }).check();
  await expectAccessible(page, 'run screen before the start');

  // The presenter window, with the optional progress line off (the default): nothing of the clock shows.
  const presenter = await page.context().newPage();
  await presenter.goto(`./#/present/${groupId}`);
  await expect(presenter.getByText('Welcome and group agreement', { exact: true })).toBeVisible();

  await press(page.getByRole('button', { name: 'Start' }));
  await expect(standing(page)).toHaveText('On time — ends 20:00');
  await expect(materials).toBeHidden();

  // 13 of the welcome's 15 minutes: a fifth is left, said in words, calmly.
  await page.clock.fastForward(13 * 60_000);
  await expect(cue(page)).toHaveText('A fifth of this block is left.');
  await expect(page.locator('.run-clock[data-cue="fifth"]')).toBeVisible();
  await expect(presenter.getByTestId('presenter-progress')).toHaveCount(0);

  // +5 (the key): the welcome now takes 20 minutes, the session ends 5 minutes late, and the re-plan says what to shorten.
  await shortcut(page, '5');
  await expect(standing(page)).toHaveText('5 min behind — ends 20:05 instead of 20:00');
  const suggestion = page.getByRole('region', { name: 'To finish on time' });
  await expect(suggestion).toContainText('Shorten “Sharing in pairs or trios” by 5 min');
  await expect(suggestion).toContainText('With these changes the session ends on time.');
  const sharingRow = page.locator('.run-agenda__item').filter({ hasText: 'Sharing in pairs or trios' });
  await expect(sharingRow).toContainText('planned 19:30');
  await expect(sharingRow).toContainText('now 19:35');
  await expectAccessible(page, 'run screen with a re-plan suggestion');

  await press(suggestion.getByRole('button', { name: 'Accept the re-plan' }));
  await expect(standing(page)).toHaveText('On time — ends 20:00');
  await expect(suggestion).toBeHidden();
  await expect(sharingRow).toContainText('−5 min');

  // Running over: about 23 minutes on a 20-minute block.
  await page.clock.fastForward(10 * 60_000);
  await expect(cue(page)).toHaveText('This block has run over its time.');
  await expect(standing(page)).toHaveText(/^[2-4] min behind — ends 20:0[2-4] instead of 20:00$/);
  await press(page.getByRole('region', { name: 'To finish on time' }).getByRole('button', { name: 'Ignore' }));
  await expect(page.getByRole('region', { name: 'To finish on time' })).toBeHidden();

  // Someone is distressed: C. The projector goes to the curtain at once; the clock stops.
  await shortcut(page, 'c');
  await expect(presenter.getByTestId('curtain')).toBeVisible();
  await expect(presenter.getByText('Welcome and group agreement', { exact: true })).toBeHidden();
  const care = page.getByRole('region', { name: 'Pause for care' });
  await expect(care.getByRole('heading', { name: 'Pause for care' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();
  await expect(care.getByText('Five things around you')).toBeVisible();
  await expect(care.getByTestId('care-contacts')).toHaveText('Local support line 0800 123 456\nOn-site: ward nurse, room 4');
  await care.getByLabel('Only for you: never projected, never in a summary.').fill('Spoke with Birch by the window; settled.');
  await press(care.getByRole('button', { name: 'Save note' }));
  await expect(care.getByText('Note saved.')).toBeVisible();
  await expectAccessible(page, 'pause for care');

  // A reload keeps the care plan open and the clock stopped.
  await page.clock.fastForward(5 * 60_000);
  await reloadApp(page);
  await expect(page.getByRole('region', { name: 'Pause for care' })).toBeVisible();
  await expect(page.getByLabel('Only for you: never projected, never in a summary.')).toHaveValue('Spoke with Birch by the window; settled.');
  await expect(presenter.getByTestId('curtain')).toBeVisible();
  await expect(presenter.getByText('Spoke with Birch')).toHaveCount(0);

  // Resume: a category is required; the clock runs again and the re-plan is offered at once.
  await press(page.getByRole('button', { name: 'Resume the session' }));
  await expect(page.getByText('Please choose what to record.')).toBeVisible();
  await page.getByRole('radio', { name: 'Distress, settled in session' }).press('Space');
  await press(page.getByRole('button', { name: 'Resume the session' }));
  await expect(page.getByRole('status').filter({ hasText: 'Running' })).toBeVisible();
  // About 3 minutes over, and 5 minutes of care: 7 to 9 minutes behind.
  await expect(standing(page)).toHaveText(/^[7-9] min behind — ends 20:0[7-9] instead of 20:00$/);
  const again = page.getByRole('region', { name: 'To finish on time' });
  await expect(again).toContainText(/Shorten “Sharing in pairs or trios” by [7-9] min/);
  await press(again.getByRole('button', { name: 'Accept the re-plan' }));
  await expect(standing(page)).toHaveText('On time — ends 20:00');
  // The curtain stays down until the facilitator lifts it.
  await expect(presenter.getByTestId('curtain')).toBeVisible();
  await shortcut(page, 'b');
  await expect(presenter.getByTestId('curtain')).toBeHidden();

  // The run sheet: one PDF, checked by its text.
  const download = page.waitForEvent('download');
  await press(page.getByRole('button', { name: 'Run sheet (PDF)' }));
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^[A-Za-z0-9_-]+-session-1-run-sheet\.pdf$/);
  const dir = mkdtempSync(join(tmpdir(), 'grove-runsheet-'));
  await file.saveAs(join(dir, 'sheet.pdf'));
  const text = execFileSync('pdftotext', ['-layout', join(dir, 'sheet.pdf'), '-']).toString();
  expect(execFileSync('pdfinfo', [join(dir, 'sheet.pdf')]).toString()).toMatch(/Pages:\s+1/);
  for (const expected of ['Run sheet', 'Welcome and group agreement', 'Where does your story start', 'Group agreement', 'Care plan', 'Local support line 0800 123 456', 'Large paper']) {
    expect(text).toContain(expected);
  }
  expect(text).not.toContain('Spoke with Birch');

  // The session record keeps only the band, in the safety flags; the summary's delivery shows the changes.
  await openApp(page, `/groups/${groupId}/sessions/${sessionId}/record`);
  const flag = page.getByRole('group', { name: 'Distress, settled in session' });
  await expect(flag.getByRole('radio', { name: 'One', exact: true })).toBeChecked();
  await expect(page.getByText('Spoke with Birch')).toHaveCount(0);

  // The summary's delivery section carries the minutes given and taken while running; never the care note.
  await page.getByRole('link', { name: 'Review and export summary' }).first().click();
  const preview = page.locator('.summary-preview');
  await expect(preview.locator('tr', { hasText: 'Welcome and group agreement' })).toContainText('+5 min while running');
  await expect(preview.locator('tr', { hasText: 'Sharing in pairs or trios' })).toContainText(/−1[2-4] min while running/);
  await expect(preview).not.toContainText('Spoke with Birch');
});
