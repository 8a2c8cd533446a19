import { beforeEach, describe, expect, it } from 'vitest';
import type { GroveDb } from '../../../src/db/db';
import { getGroup } from '../../../src/db/repositories/groups';
import { listParticipants } from '../../../src/db/repositories/participants';
import { loadSampleGroup } from '../../../src/db/repositories/sample';
import { listSessions } from '../../../src/db/repositories/sessions';
import { localIsoDate } from '../../../src/domain/sample';
import { freshDb } from './helpers';

let db: GroveDb;
beforeEach(() => {
  db = freshDb('sample');
});

describe('loadSampleGroup', () => {
  it('creates a demo group with six aliased participants and the 4-session programme from today', async () => {
    const now = Date.now();
    const groupId = await loadSampleGroup('en', now);
    const group = await getGroup(groupId);
    expect(group).toMatchObject({ code: 'DEMO-01', settingType: 'hospital-outpatient', lang: 'en', archivedAt: null });
    const people = await listParticipants(groupId);
    expect(people.map((p) => p.alias)).toEqual(['Oak', 'Willow', 'River', 'Robin', 'Fern', 'Birch']);
    expect(people.every((p) => p.redactNames.length === 0)).toBe(true);
    const sessions = await listSessions(groupId);
    expect(sessions.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(sessions.every((s) => s.plannedMinutes === 120)).toBe(true);
    expect(sessions[0]?.date).toBe(localIsoDate(new Date(now)));
    expect(sessions.map((s) => s.part)).toEqual(['tree', 'forest', 'storms', 'celebration']);
  });

  it('can be loaded twice, the second with the next free code, in Italian', async () => {
    await loadSampleGroup('en');
    const second = await loadSampleGroup('it');
    expect((await getGroup(second))?.code).toBe('DEMO-02');
    expect((await listParticipants(second))[0]?.alias).toBe('Quercia');
    expect(await db.groups.count()).toBe(2);
  });
});
