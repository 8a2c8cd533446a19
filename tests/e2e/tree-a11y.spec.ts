import { addNoteViaPanel, expect, expectAccessible, openApp, seedGroup, reloadApp, test } from './tree-fixtures';

for (const theme of ['light', 'dark'] as const) {
  test(`tree, trees tab, forest and participant screens pass axe in the ${theme} theme`, async ({ page }) => {
    const { groupId, participants } = await seedGroup(page, { participants: [{ alias: 'Oak', consent: { groupDisplay: true, projector: true, print: true } }, { alias: 'Fern' }] });
    await page.evaluate((value) => window.groveStore.put('settings', [{ key: 'theme', value }]), theme);
    await reloadApp(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    await openApp(page, `/groups/${groupId}/trees/${participants.Oak}`);
    await addNoteViaPanel(page, 'Roots', 'The sea and boats');
    await addNoteViaPanel(page, 'Leaves', 'My sister');
    await page.getByRole('button', { name: 'Add to Trunk' }).click();
    await page.getByRole('form', { name: 'Add to Trunk' }).getByRole('button', { name: 'Add' }).click();
    await expect(page.getByRole('form', { name: 'Add to Trunk' }).getByRole('alert')).toHaveText('Please fill this in.');
    await expectAccessible(page, `tree (${theme})`);
    await page.getByRole('toolbar', { name: 'Drawing tools' }).getByRole('button', { name: 'Pen', exact: true }).click();
    await expectAccessible(page, `tree with pen options (${theme})`);

    await openApp(page, `/groups/${groupId}/trees`);
    await expect(page.getByRole('heading', { name: 'Trees', exact: true })).toBeVisible();
    await expect(page.getByText('Not shown in the forest (no group-display consent).')).toBeVisible();
    await expectAccessible(page, `trees tab (${theme})`);

    await openApp(page, `/groups/${groupId}/forest`);
    await expect(page.getByRole('img', { name: 'Forest of Life with 1 tree' })).toBeVisible();
    await expectAccessible(page, `forest (${theme})`);

    await openApp(page, `/participant/${groupId}/${participants.Oak}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Your Tree of Life, Oak' })).toBeVisible();
    await page.getByRole('toolbar', { name: 'Drawing tools' }).getByRole('button', { name: 'Sticker' }).click();
    await expectAccessible(page, `participant mode (${theme})`);
  });
}
