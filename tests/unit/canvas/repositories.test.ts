import { beforeEach, describe, expect, it } from 'vitest';
import { addForestItem, deleteForestItem, listForestItems, loadForest, loadProjectedTree, updateForestItem } from '../../../src/db/repositories/forest';
import { addParticipant, setParticipantConsent } from '../../../src/db/repositories/participants';
import { createGroup } from '../../../src/db/repositories/groups';
import { seedSampleTrees } from '../../../src/db/repositories/sampleTrees';
import { applyTreeChanges, ensureTree, getTree, listTreeItems, listTreeOverview, setDoneZones } from '../../../src/db/repositories/trees';
import type { GroveDb } from '../../../src/db/db';
import type { Participant, Tree, TreeItem } from '../../../src/domain/types';
import { freshDb, groupInput, personInput, snapshot } from '../db/helpers';
import { note, sticker } from './items';

let db: GroveDb;
beforeEach(() => {
  db = freshDb('canvas');
});

async function setup(consent: ('groupDisplay' | 'projector' | 'print' | 'summary')[] = ['groupDisplay', 'projector']) {
  const group = await createGroup(groupInput());
  const oak = await addParticipant(group.id, personInput({ alias: 'Oak', redactNames: ['Anna Rossi'] }), consent);
  const tree = await ensureTree(group.id, oak.id);
  return { group, oak, tree };
}

function own(tree: Tree, item: TreeItem): TreeItem {
  return { ...item, treeId: tree.id, groupId: tree.groupId, participantId: tree.participantId };
}

describe('trees repository', () => {
  it('creates one tree per participant and group, once', async () => {
    const { group, oak, tree } = await setup();
    expect(await ensureTree(group.id, oak.id)).toEqual(tree);
    expect(await getTree(group.id, oak.id)).toEqual(tree);
    expect(await db.trees.count()).toBe(1);
  });

  it('refuses a tree for someone outside the group', async () => {
    const { oak } = await setup();
    const other = await createGroup(groupInput({ code: 'GRV-24B' }));
    await expect(ensureTree(other.id, oak.id)).rejects.toMatchObject({ name: 'ValidationError', messageKey: 'tree:errors.noParticipant' });
    expect(await db.trees.count()).toBe(1);
  });

  it('stores each item as its own row, and an edit as one transaction', async () => {
    const { tree } = await setup();
    const a = own(tree, note('trunk', 600, 600));
    const b = own(tree, sticker('roots', 600, 900));
    await applyTreeChanges(tree.id, [
      { id: a.id, before: null, after: a },
      { id: b.id, before: null, after: b },
    ]);
    expect((await listTreeItems(tree.id)).map((item) => item.id)).toEqual([a.id, b.id]);
    await applyTreeChanges(tree.id, [{ id: a.id, before: a, after: null }]);
    expect((await listTreeItems(tree.id)).map((item) => item.id)).toEqual([b.id]);
  });

  it('refuses an invalid item and leaves the database as it was', async () => {
    const { tree } = await setup();
    const a = own(tree, note('trunk', 600, 600));
    await applyTreeChanges(tree.id, [{ id: a.id, before: null, after: a }]);
    const before = await snapshot(db);
    const good = own(tree, note('roots', 600, 900));
    const tooLong = { ...own(tree, note('roots', 600, 900)), text: 'x'.repeat(501) };
    await expect(
      applyTreeChanges(tree.id, [
        { id: good.id, before: null, after: good },
        { id: tooLong.id, before: null, after: tooLong },
      ]),
    ).rejects.toMatchObject({ field: 'text', messageKey: 'common:errors.tooLong' });
    const badNumber = { ...own(tree, note('roots', 600, 900)), x: Number.NaN };
    await expect(applyTreeChanges(tree.id, [{ id: badNumber.id, before: null, after: badNumber }])).rejects.toMatchObject({ field: 'x' });
    const foreign = { ...note('roots', 600, 900), treeId: 'someone-else' };
    await expect(applyTreeChanges(tree.id, [{ id: foreign.id, before: null, after: foreign }])).rejects.toMatchObject({ field: 'treeId' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('records guided progress in zone order', async () => {
    const { tree } = await setup();
    await setDoneZones(tree.id, ['trunk', 'roots', 'trunk']);
    expect((await db.trees.get(tree.id))!.doneZones).toEqual(['roots', 'trunk']);
  });

  it('the overview counts items per zone without showing them', async () => {
    const { group, oak, tree } = await setup();
    const willow = await addParticipant(group.id, personInput({ alias: 'Willow' }));
    const a = own(tree, note('trunk', 600, 600));
    const b = own(tree, note('trunk', 600, 700));
    await applyTreeChanges(tree.id, [
      { id: a.id, before: null, after: a },
      { id: b.id, before: null, after: b },
    ]);
    const overview = await listTreeOverview(group.id);
    expect(overview.map((row) => row.participant.alias)).toEqual(['Oak', 'Willow']);
    expect(overview[0]).toMatchObject({ total: 2, counts: { trunk: 2, roots: 0 } });
    expect(overview[0]!.participant).not.toHaveProperty('redactNames');
    expect(overview[1]).toMatchObject({ total: 0, tree: null });
    expect(overview[1]!.participant.id).toBe(willow.id);
    expect(oak.id).toBe(overview[0]!.participant.id);
  });
});

describe('forest repository', () => {
  it('shows consented trees by alias only, without private items, and drops a tree when consent is withdrawn', async () => {
    const { group, oak, tree } = await setup(['groupDisplay']);
    const fern = await addParticipant(group.id, personInput({ alias: 'Fern' }));
    const fernTree = await ensureTree(group.id, fern.id);
    const shared = own(tree, note('trunk', 600, 600));
    const secret = own(tree, note('leaves', 300, 260));
    const fernNote = own(fernTree, note('trunk', 600, 600));
    await applyTreeChanges(tree.id, [
      { id: shared.id, before: null, after: shared },
      { id: secret.id, before: null, after: secret },
    ]);
    await applyTreeChanges(fernTree.id, [{ id: fernNote.id, before: null, after: fernNote }]);

    const forest = (await loadForest(group.id, 'forest'))!;
    expect(forest.trees.map((shown) => shown.alias)).toEqual(['Oak']);
    expect(forest.trees[0]!.items.map((item) => item.id)).toEqual([shared.id]);
    expect(JSON.stringify(forest.trees)).not.toContain('Anna Rossi');

    // Group display but no projector consent: the projector shows nothing of Oak.
    expect((await loadForest(group.id, 'projector'))!.trees).toEqual([]);
    expect(await loadProjectedTree(group.id, oak.id)).toBeNull();
    await setParticipantConsent(oak.id, 'projector', true);
    expect((await loadProjectedTree(group.id, oak.id))!.items.map((item) => item.id)).toEqual([shared.id]);

    await setParticipantConsent(oak.id, 'groupDisplay', false);
    expect((await loadForest(group.id, 'forest'))!.trees).toEqual([]);
    expect(await loadProjectedTree(group.id, oak.id)).toBeNull();
  });

  it('keeps storms and the collective document at group level, validated', async () => {
    const { group } = await setup();
    const storm = await addForestItem(group.id, { kind: 'storm', text: '  Long waits  ', x: 10, y: 20, color: '#dfe4ea' });
    expect(storm).toMatchObject({ text: 'Long waits', groupId: group.id });
    expect(storm).not.toHaveProperty('participantId');
    await expect(addForestItem(group.id, { kind: 'collective', text: '   ', x: 0, y: 0, color: '#ffffff' })).rejects.toMatchObject({ messageKey: 'common:errors.required' });
    await expect(addForestItem(group.id, { kind: 'collective', text: 'x'.repeat(301), x: 0, y: 0, color: '#ffffff' })).rejects.toMatchObject({ messageKey: 'common:errors.tooLong' });
    await expect(addForestItem('no-group', { kind: 'storm', text: 'Rain', x: 0, y: 0, color: '#ffffff' })).rejects.toMatchObject({ name: 'ValidationError' });
    const moved = await updateForestItem(storm.id, { x: 300, y: 40 });
    expect(moved).toMatchObject({ x: 300, y: 40, text: 'Long waits' });
    await expect(updateForestItem(storm.id, { text: '' })).rejects.toMatchObject({ name: 'ValidationError' });
    expect((await listForestItems(group.id))[0]!.text).toBe('Long waits');
    await deleteForestItem(storm.id);
    expect(await listForestItems(group.id)).toEqual([]);
  });
});

describe('sample trees', () => {
  it('gives each sample participant a few items by alias, leaves and compost private', async () => {
    const group = await createGroup(groupInput());
    const people: Participant[] = [];
    for (const alias of ['Oak', 'Willow', 'Someone new']) people.push(await addParticipant(group.id, personInput({ alias })));
    await db.transaction('rw', db.trees, db.treeItems, db.groups, () => seedSampleTrees(group.id, people));
    const items = await db.treeItems.toArray();
    const oakItems = items.filter((item) => item.participantId === people[0]!.id);
    expect(oakItems.length).toBeGreaterThanOrEqual(5);
    expect(new Set(oakItems.map((item) => item.zone)).size).toBeGreaterThanOrEqual(5);
    for (const item of items) if (item.zone === 'leaves' || item.zone === 'compost') expect(item.visibility).toBe('private');
    expect(items.some((item) => item.participantId === people[2]!.id)).toBe(false);
    expect(await db.trees.count()).toBe(2);
  });
});
