import type { Locator, Page } from '@playwright/test';
import type { Session } from '../../src/domain/types';
import en from '../../src/i18n/en/sessions';
import it from '../../src/i18n/it/sessions';
import { expect, expectAccessible, loadSampleGroup, openApp, test, reloadApp } from './fixtures';

/** Titles of the agenda blocks, top to bottom. */
function titles(page: Page): Promise<string[]> {
  return page.locator('.agenda-row__name').allTextContents();
}

function row(page: Page, title: string): Locator {
  return page.locator('.agenda-row').filter({ has: page.locator('.agenda-row__name', { hasText: title }) });
}

/** Drag a row by its handle onto another row with the mouse, moving in small steps as a hand would. */
async function dragRow(page: Page, from: Locator, to: Locator): Promise<void> {
  const handle = await from.locator('[data-action="handle"]').boundingBox();
  const target = await to.locator('.agenda-row__main').boundingBox();
  if (!handle || !target) throw new Error('rows not visible');
  const x = handle.x + handle.width / 2;
  const y = handle.y + handle.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + 8, { steps: 4 });
  await page.mouse.move(x, target.y + target.height / 2 + 6, { steps: 12 });
  await page.mouse.up();
}

/** Open session 1 of the sample group after replacing its programme with a fresh 4 × 120 one. */
async function freshProgramme(page: Page): Promise<string> {
  const groupId = await loadSampleGroup(page);
  await openApp(page, `/groups/${groupId}/sessions`);
  await page.getByRole('button', { name: 'Create programme from template' }).click();
  await page.getByRole('radio', { name: /Tree of Life: 4 weekly sessions/ }).check();
  await page.getByLabel('Date of the first session').fill('2026-09-01');
  await page.getByRole('radio', { name: 'Replace them with the new programme' }).check();
  await page.getByRole('button', { name: 'Create programme' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace the existing sessions?' });
  await dialog.getByRole('button', { name: 'Replace sessions' }).click();
  const rows = page.locator('.sessions-table tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText(/1 Sept? 2026/);
  await expect(rows.nth(3)).toContainText(/22 Sept? 2026/);
  await page.getByRole('link', { name: 'Drawing the Tree of Life' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session 1: Drawing the Tree of Life' })).toBeVisible();
  return groupId;
}

/** The session as stored in IndexedDB right now, read straight from the database (not through the UI). */
function storedSession(page: Page): Promise<Session> {
  const sessionId = /\/sessions\/([^/]+)/.exec(page.url())![1]!;
  return page.evaluate(async (id) => (await window.groveStore.getAll('sessions')).find((row) => row.id === id) as unknown as Session, sessionId);
}

const WELCOME = 'Welcome and group agreement';
const WARMUP = 'Warm-up: a tree that has mattered to me';
const ROOTS = 'Roots: where I come from';
const GROUND = 'Ground: my life now';

test('plan session 1: reorder by mouse, keyboard and buttons, edit, add from the library, attendance, reload', async ({ page }) => {
  await freshProgramme(page);
  const initial = await titles(page);
  expect(initial.slice(0, 4)).toEqual([WELCOME, WARMUP, ROOTS, GROUND]);
  expect(initial).toHaveLength(13);
  await expect(page.getByTestId('balance')).toContainText('Exactly on time');
  await expect(row(page, ROOTS).locator('.agenda-row__start')).toContainText('0:25');

  // Mouse: drag the welcome block below the warm-up.
  await dragRow(page, row(page, WELCOME), row(page, WARMUP));
  await expect.poll(() => titles(page).then((list) => list.slice(0, 2))).toEqual([WARMUP, WELCOME]);
  await expect(row(page, WELCOME).locator('.agenda-row__start')).toContainText('0:10');

  // Keyboard (dnd-kit): focus the handle, Space to lift, ArrowDown, Space to drop.
  await row(page, ROOTS).locator('[data-action="handle"]').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.agenda-row--dragging')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  // dnd-kit measures the new position on the next frames before a drop can land there.
  await page.waitForTimeout(200);
  await page.keyboard.press('Space');
  await expect.poll(() => titles(page).then((list) => list.slice(2, 4))).toEqual([GROUND, ROOTS]);

  // Buttons: Roots back up, and the welcome back to the top.
  await page.getByRole('button', { name: `Move “${ROOTS}” up` }).click();
  await expect.poll(() => titles(page).then((list) => list.slice(2, 4))).toEqual([ROOTS, GROUND]);
  await page.getByRole('button', { name: `Move “${WELCOME}” up` }).click();
  await expect.poll(() => titles(page)).toEqual(initial);
  // Keyboard focus stays on the moved block's buttons.
  await expect(row(page, WELCOME).locator('[data-action="down"]')).toBeFocused();

  // Edit the warm-up: title, minutes and notes; start times and the over/under figure follow.
  await page.getByRole('button', { name: `Edit “${WARMUP}”` }).click();
  const editor = page.getByRole('form', { name: `Edit “${WARMUP}”` });
  await editor.getByLabel('Title').fill('Warm-up: a tree I remember');
  await editor.getByLabel('Minutes').fill('20');
  await editor.getByLabel('Facilitator notes').fill('Bring photos of trees.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(row(page, 'Warm-up: a tree I remember')).toContainText('20 min');
  await expect(row(page, ROOTS).locator('.agenda-row__start')).toContainText('0:35');
  await expect(page.getByTestId('balance')).toContainText('Planned 130 min of 120 min');
  await expect(page.getByTestId('balance')).toContainText('10 min over');

  // Add from the library.
  await page.getByRole('button', { name: 'Add from library' }).click();
  const picker = page.getByRole('dialog', { name: 'Add from the method library' });
  await picker.getByLabel('Search').fill('grounding');
  await picker.getByRole('button', { name: 'Add “Grounding close”' }).click();
  await expect(picker).toBeHidden();
  await expect.poll(() => titles(page).then((list) => list.at(-1))).toBe('Grounding close');
  await expect(page.getByTestId('balance')).toContainText('20 min over');

  // Session length edited: the figure follows.
  await page.getByLabel('Length (minutes)').fill('140');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByTestId('balance')).toContainText('Exactly on time');

  // Attendance by click, and by keyboard (arrow keys move within the radio group).
  await page.getByRole('radiogroup', { name: 'Oak' }).getByRole('radio', { name: 'Present' }).click();
  const willow = page.getByRole('radiogroup', { name: 'Willow' });
  await willow.getByRole('radio', { name: 'Present' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(willow.getByRole('radio', { name: 'Late' })).toBeChecked();
  await page.getByRole('radiogroup', { name: 'River' }).getByRole('radio', { name: 'Absent' }).click();
  await expect(page.locator('.attendance__summary')).toContainText('1 present · 1 late · 0 left early · 1 absent · 3 not recorded');
  await expect.poll(async () => Object.values((await storedSession(page)).attendance).sort()).toEqual(['absent', 'late', 'present']);

  await reloadApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Session 1: Drawing the Tree of Life' })).toBeVisible();
  const after = await titles(page);
  expect(after[1]).toBe('Warm-up: a tree I remember');
  expect(after.at(-1)).toBe('Grounding close');
  expect(after.slice(2, 4)).toEqual([ROOTS, GROUND]);
  await expect(row(page, 'Warm-up: a tree I remember')).toContainText('20 min');
  await page.getByRole('button', { name: 'Edit “Warm-up: a tree I remember”' }).click();
  await expect(page.getByRole('form', { name: 'Edit “Warm-up: a tree I remember”' }).getByLabel('Facilitator notes')).toHaveValue('Bring photos of trees.');
  await expect(page.getByRole('radiogroup', { name: 'Oak' }).getByRole('radio', { name: 'Present' })).toBeChecked();
  await expect(willow.getByRole('radio', { name: 'Late' })).toBeChecked();
  await expect(page.getByRole('radiogroup', { name: 'River' }).getByRole('radio', { name: 'Absent' })).toBeChecked();
  await expect(page.getByTestId('balance')).toContainText('Planned 140 min of 140 min');

  // The sessions list shows the attendance and planned time.
  await page.getByRole('link', { name: /Back to/ }).click();
  const first = page.locator('.sessions-table tbody tr').first();
  await expect(first).toContainText('2 of 6 came');
  await expect(first).toContainText('140 of 140 min');
});

test('duplicate, delete with undo, save to my library', async ({ page }) => {
  await freshProgramme(page);
  await page.getByRole('button', { name: `Duplicate “${ROOTS}”` }).click();
  await expect.poll(() => titles(page).then((list) => list.slice(2, 4))).toEqual([ROOTS, ROOTS]);
  await page.getByRole('button', { name: `Delete “${ROOTS}”` }).first().click();
  await expect.poll(() => titles(page).then((list) => list.filter((title) => title === ROOTS).length)).toBe(1);
  await page.getByRole('button', { name: `Delete “${GROUND}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${GROUND}” was deleted.` })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => titles(page).then((list) => list.slice(2, 4))).toEqual([ROOTS, GROUND]);

  // A storms block in session 1 (before the forest session) is flagged, and the flag goes with it.
  await expect(page.locator('.agenda-warnings')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add from library' }).click();
  await page.getByRole('dialog').getByLabel('Kind').selectOption({ label: 'Storms' });
  await page.getByRole('dialog').getByRole('button', { name: 'Add “Storms in general”' }).click();
  const warning = page.locator('.agenda-warnings li');
  await expect(warning).toHaveText('Important: Storms come before the forest here. The method puts strengths first: storms only after the forest (session 2).');
  await page.getByRole('button', { name: 'Delete “Storms in general”' }).click();
  await expect(warning).toHaveCount(0);

  await page.getByRole('button', { name: `Save to my library: “${WARMUP}”` }).click();
  await expect(page.getByText(`“${WARMUP}” was saved to your library.`)).toBeAttached();
  await page.getByRole('link', { name: 'Method library' }).click();
  const mine = page.getByRole('region', { name: 'My blocks' });
  await expect(mine.getByRole('heading', { name: WARMUP })).toBeVisible();
});

test('library: my own blocks are created, refused when empty, edited, filtered and deleted', async ({ page }) => {
  await openApp(page, '/library');
  await expect(page.getByText('You have not saved any blocks yet.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'New block' }).click();
  const form = page.getByRole('form', { name: 'New block' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Please give it a title.')).toBeVisible();
  await form.getByLabel('Title').fill('Breathing together');
  await form.getByLabel('Kind').selectOption({ label: 'Closing' });
  await form.getByLabel('Minutes').fill('5');
  await form.getByRole('button', { name: 'Add a prompt' }).click();
  await form.getByLabel('Prompt 1 (English)').fill('Breathe in for four, out for six.');
  await form.getByLabel('Prompt 1 (Italian)').fill('Inspira per quattro, espira per sei.');
  await form.getByRole('button', { name: 'Save' }).click();
  const mine = page.getByRole('region', { name: 'My blocks' });
  await expect(mine.getByRole('heading', { name: 'Breathing together' })).toBeVisible();
  await expect(mine).toContainText('Closing · 5 min');

  await page.getByLabel('Kind').selectOption({ label: 'Closing' });
  await expect(page.getByRole('region', { name: 'Activities of the method' }).getByRole('heading', { level: 3 })).toHaveText([
    'Closing round and grounding',
    'Grounding close',
    'Closing ritual and refreshments',
  ]);
  await page.getByLabel('Search').fill('breath');
  await expect(page.getByText('1 activity', { exact: true })).toBeVisible();
  await page.getByLabel('Search').fill('');
  await page.getByLabel('Kind').selectOption({ label: 'All kinds' });

  await page.getByRole('button', { name: 'Edit “Breathing together”' }).click();
  await page.getByRole('form', { name: 'Edit “Breathing together”' }).getByLabel('Title').fill('Breathing in a circle');
  await page.getByRole('form', { name: 'Edit “Breathing together”' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('form', { name: 'Edit “Breathing together”' })).toBeHidden();
  await reloadApp(page);
  await expect(mine.getByRole('heading', { name: 'Breathing in a circle' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete “Breathing in a circle”' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('You have not saved any blocks yet.', { exact: false })).toBeVisible();
});

test('refuses a 10,001-character note and 0 minutes with messages; the stored agenda is unchanged', async ({ page }) => {
  await freshProgramme(page);
  await page.getByRole('button', { name: `Edit “${WARMUP}”` }).click();
  const editor = page.getByRole('form', { name: `Edit “${WARMUP}”` });
  const notes = editor.getByLabel('Facilitator notes');
  const original = await notes.inputValue();
  const before = await storedSession(page);
  await notes.fill('x'.repeat(10_001));
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByText('Notes can be at most 10,000 characters.')).toBeVisible();
  await expect(notes).toHaveValue('x'.repeat(10_001));
  await expect(notes).toBeFocused();

  await notes.fill('Short again.');
  await editor.getByLabel('Minutes').fill('0');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByText('Please enter whole minutes from 1 to 300.')).toBeVisible();
  await expect(editor.getByLabel('Minutes')).toHaveValue('0');
  // Nothing was written: the stored session is exactly as before, to the last field.
  expect(await storedSession(page)).toEqual(before);

  await reloadApp(page);
  await expect(row(page, WARMUP)).toContainText('10 min');
  await page.getByRole('button', { name: `Edit “${WARMUP}”` }).click();
  await expect(page.getByRole('form', { name: `Edit “${WARMUP}”` }).getByLabel('Facilitator notes')).toHaveValue(original);
  await expect(page.getByTestId('balance')).toContainText('Exactly on time');
});

test('a new group starts empty, creates its programme, and never silently replaces sessions', async ({ page }) => {
  const groupId = await loadSampleGroup(page);
  await openApp(page, `/groups/${groupId}/sessions`);
  // Delete every session, confirming each time.
  for (let left = 4; left > 0; left -= 1) {
    await page.getByRole('button', { name: /^Delete session/ }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete session' }).click();
    await expect(page.locator('.sessions-table tbody tr')).toHaveCount(left - 1);
  }
  await expect(page.getByRole('heading', { name: 'No sessions planned yet' })).toBeVisible();
  await page.getByRole('radio', { name: /Six shorter sessions/ }).check();
  await page.getByRole('button', { name: 'Create programme' }).click();
  await expect(page.locator('.sessions-table tbody tr')).toHaveCount(6);
  // Appending keeps the six and adds one drop-in session numbered 7.
  await page.getByRole('button', { name: 'Create programme from template' }).click();
  await page.getByRole('radio', { name: /Single drop-in session/ }).check();
  await page.getByRole('button', { name: 'Create programme' }).click();
  await expect(page.locator('.sessions-table tbody tr')).toHaveCount(7);
  await expect(page.locator('.sessions-table tbody tr').nth(6)).toContainText('Tree of Life drop-in');
  // Replacing asks first; cancelling keeps everything.
  await page.getByRole('button', { name: 'Create programme from template' }).click();
  await page.getByRole('radio', { name: 'Replace them with the new programme' }).check();
  await page.getByRole('button', { name: 'Create programme' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await reloadApp(page);
  await expect(page.locator('.sessions-table tbody tr')).toHaveCount(7);
});

test('sessions, planner, library and run screens pass axe in light and dark themes', async ({ page }) => {
  // About 30 axe scans: on a loaded 2-core machine they take over a minute (timed out at the base commit too).
  test.slow();
  const groupId = await freshProgramme(page);
  const sessionUrl = new URL(page.url()).hash.slice(1);
  for (const theme of ['Light', 'Dark']) {
    await openApp(page, '/settings');
    await page.getByRole('radio', { name: theme, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());

    await openApp(page, `/groups/${groupId}/sessions`);
    await expect(page.locator('.sessions-table')).toBeVisible();
    await expectAccessible(page, `sessions tab (${theme})`);
    await page.getByRole('button', { name: 'Create programme from template' }).click();
    await expectAccessible(page, `programme form (${theme})`);

    await openApp(page, sessionUrl);
    await expect(page.locator('.agenda-row').first()).toBeVisible();
    await page.getByRole('radiogroup', { name: 'Oak' }).getByRole('radio', { name: 'Late' }).click();
    await page.getByRole('button', { name: `Edit “${WARMUP}”` }).click();
    await page.getByRole('form', { name: `Edit “${WARMUP}”` }).getByLabel('Minutes').fill('0');
    await page.getByRole('form', { name: `Edit “${WARMUP}”` }).getByRole('button', { name: 'Save' }).click();
    await expect(page.getByText('Please enter whole minutes from 1 to 300.')).toBeVisible();
    await expectAccessible(page, `planner with editor and error (${theme})`);
    await page.getByRole('button', { name: 'Add from library' }).click();
    await expectAccessible(page, `library picker (${theme})`);
    await page.keyboard.press('Escape');

    await openApp(page, '/library');
    await expect(page.getByRole('heading', { name: 'Activities of the method' })).toBeVisible();
    await expectAccessible(page, `library (${theme})`);

    await openApp(page, `${sessionUrl}/run`);
    await page.getByRole('button', { name: /^(Start|Resume)$/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Running' })).toBeVisible();
    await expectAccessible(page, `run screen (${theme})`);
    // Exact: the run screen also has "Pause for care".
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
  }
});

/** English strings of this area that must not appear on an Italian screen (pieces between placeholders). */
function englishPieces(): string[] {
  const pieces = new Set<string>();
  const walk = (english: unknown, italian: unknown) => {
    if (typeof english === 'string') {
      if (english === italian) return;
      for (const piece of english.split(/\{\{[^}]+\}\}/)) {
        const clean = piece.replace(/^[\s:.,;·()“”]+|[\s:.,;·()“”]+$/g, '');
        if (clean.length >= 5) pieces.add(clean);
      }
      return;
    }
    if (english && typeof english === 'object') {
      for (const [key, value] of Object.entries(english)) walk(value, (italian as Record<string, unknown>)[key]);
    }
  };
  walk(en, it);
  return [...pieces];
}

test('in Italian, no English is left on the sessions screens', async ({ page }) => {
  await openApp(page, '/settings');
  await page.getByRole('radio', { name: 'Italiano' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await openApp(page, '/');
  await page.getByRole('button', { name: 'Carica un gruppo di esempio' }).click();
  await expect(page).toHaveURL(/#\/groups\/[^/]+/);
  const groupId = /#\/groups\/([^/]+)/.exec(page.url())![1]!;
  const pieces = englishPieces();
  const assertItalian = async (label: string) => {
    const text = await page.locator('main').innerText();
    // Whole words only: "Present" must not match inside the Italian "Presente".
    const found = pieces.filter((piece) => new RegExp(`(^|[^\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u').test(text));
    expect(found, `English on ${label}`).toEqual([]);
  };

  await openApp(page, `/groups/${groupId}/sessions`);
  await expect(page.locator('.sessions-table tbody tr')).toHaveCount(4);
  await page.getByRole('button', { name: 'Crea il percorso da un modello' }).click();
  await assertItalian('sessions tab');

  await page.getByRole('link', { name: 'Disegnare l’Albero della Vita' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Incontro 1: Disegnare l’Albero della Vita' })).toBeVisible();
  await page.getByRole('button', { name: 'Modifica «Radici: da dove vengo»' }).click();
  await page.getByRole('radiogroup', { name: 'Quercia' }).getByRole('radio', { name: 'Presente' }).click();
  await expect(page.locator('.attendance__summary')).toContainText('1 presente');
  await assertItalian('planner');
  // dnd-kit's screen-reader instructions live outside <main>: they are translated too.
  await expect(page.locator('[id^="DndDescribedBy"]')).toHaveText(it.dnd.instructions);
  await page.getByRole('button', { name: 'Aggiungi dalla raccolta' }).click();
  await expect(page.getByRole('dialog', { name: 'Aggiungi dalla raccolta del metodo' })).toBeVisible();
  await assertItalian('library picker');
  await page.keyboard.press('Escape');

  await openApp(page, '/library');
  await expect(page.getByRole('heading', { name: 'Attività del metodo' })).toBeVisible();
  await assertItalian('library');

  await openApp(page, `/groups/${groupId}/sessions`);
  await page.getByRole('link', { name: 'Disegnare l’Albero della Vita' }).click();
  await page.getByRole('link', { name: 'Conduci l’incontro' }).click();
  await page.getByRole('button', { name: 'Avvia' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'In corso' })).toBeVisible();
  await expect(page.getByTestId('current-prompt')).toHaveCount(0);
  await page.getByRole('button', { name: 'Attività successiva' }).click();
  await page.getByRole('button', { name: 'Attività successiva' }).click();
  await expect(page.getByTestId('current-prompt')).toHaveText('Da dove comincia la tua storia: un luogo, un paese, una famiglia, una comunità?');
  await assertItalian('run screen');
});
