import { beforeEach, describe, expect, it } from 'vitest';
import type { GroveDb } from '../../../src/db/db';
import { ValidationError } from '../../../src/db/errors';
import { pauseForCare, resumeAfterCare, saveCareContacts, saveCareNote } from '../../../src/db/repositories/care';
import { createGroup } from '../../../src/db/repositories/groups';
import { getRecord } from '../../../src/db/repositories/records';
import { createProgramme, getSession, recordRun } from '../../../src/db/repositories/sessions';
import { wipeRawContent } from '../../../src/db/repositories/wipe';
import { CARE_LIMITS, nextBand } from '../../../src/domain/care';
import { buildSummaryModel } from '../../../src/domain/summary/build';
import { freshDb, groupInput, snapshot } from '../db/helpers';

let db: GroveDb;
let groupId: string;
let sessionId: string;
const T0 = Date.UTC(2026, 11, 4, 18, 0);

beforeEach(async () => {
  db = freshDb('care');
  groupId = (await createGroup(groupInput())).id;
  sessionId = (await createProgramme(groupId, '4x120', null))[0]!.id;
});

describe('pause for care', () => {
  it('pauses the running clock and remembers the pause; resuming runs it again and records the band', async () => {
    await recordRun(sessionId, { type: 'start' }, T0);
    await pauseForCare(sessionId, T0 + 10 * 60_000);
    let session = (await getSession(sessionId))!;
    expect(session.careSince).toBe(T0 + 10 * 60_000);
    expect(session.run!.runningSince).toBeNull();
    expect(session.run!.sessionMs).toBe(10 * 60_000);

    await resumeAfterCare(sessionId, 'settled', T0 + 16 * 60_000);
    session = (await getSession(sessionId))!;
    expect(session.careSince).toBeNull();
    expect(session.run!.runningSince).toBe(T0 + 16 * 60_000);
    expect((await getRecord(sessionId))!.safetyFlags.distressSettled).toBe('1');

    await pauseForCare(sessionId, T0 + 20 * 60_000);
    await resumeAfterCare(sessionId, 'settled', T0 + 21 * 60_000);
    await pauseForCare(sessionId, T0 + 30 * 60_000);
    await resumeAfterCare(sessionId, 'settled', T0 + 31 * 60_000);
    await pauseForCare(sessionId, T0 + 40 * 60_000);
    await resumeAfterCare(sessionId, 'followUp', T0 + 41 * 60_000);
    const record = (await getRecord(sessionId))!;
    // Three pauses settle as the band "2+", never a count; nothing says who.
    expect(record.safetyFlags.distressSettled).toBe('2+');
    expect(record.safetyFlags.followUpOffered).toBe('1');
  });

  it('records nothing when the facilitator says so, and refuses an unknown outcome without writing', async () => {
    await pauseForCare(sessionId, T0);
    await resumeAfterCare(sessionId, 'none', T0 + 1000);
    expect(await getRecord(sessionId)).toBeNull();
    await pauseForCare(sessionId, T0 + 2000);
    const before = await snapshot(db);
    await expect(resumeAfterCare(sessionId, 'everything' as never, T0 + 3000)).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(db)).toEqual(before);
  });

  it('bands go 0 → 1 → 2+ and stay', () => {
    expect([nextBand('0'), nextBand('1'), nextBand('2+'), nextBand(undefined)]).toEqual(['1', '2+', '2+', '1']);
  });
});

describe('the private care note', () => {
  it('is saved, deleted, refused over the cap with nothing stored, and wiped with the raw content', async () => {
    await saveCareNote(sessionId, 'Spoke with them at the break; fine.');
    expect((await getSession(sessionId))!.careNote).toBe('Spoke with them at the break; fine.');
    const before = await snapshot(db);
    await expect(saveCareNote(sessionId, 'x'.repeat(CARE_LIMITS.noteMax + 1))).rejects.toBeInstanceOf(ValidationError);
    expect(await snapshot(db)).toEqual(before);
    await saveCareNote(sessionId, '');
    expect((await getSession(sessionId))!.careNote).toBe('');
    await saveCareNote(sessionId, 'again');
    await wipeRawContent(groupId);
    expect((await getSession(sessionId))!.careNote).toBe('');
  });

  it('never reaches the summary model', async () => {
    const note = 'Private: call the ward nurse about Oak';
    await saveCareNote(sessionId, note);
    await pauseForCare(sessionId, T0);
    await resumeAfterCare(sessionId, 'followUp', T0 + 1000);
    const [group, session, record] = [await db.groups.get(groupId), await getSession(sessionId), await getRecord(sessionId)];
    const model = buildSummaryModel({ group: group!, session: session!, otherSessions: [], participants: [], record: record!, reviewedOn: '2026-12-04' });
    expect(JSON.stringify(model)).not.toContain('ward nurse');
    expect(model.safety.flags.find((flag) => flag.flag === 'followUpOffered')!.band).toBe('1');
  });
});

describe('support contacts', () => {
  it('are saved trimmed on the group and refused over the cap', async () => {
    await saveCareContacts(groupId, '  Local support line 0800 000 000\nOn-site: ward staff  ');
    expect((await db.groups.get(groupId))!.careContacts).toBe('Local support line 0800 000 000\nOn-site: ward staff');
    await expect(saveCareContacts(groupId, 'x'.repeat(CARE_LIMITS.contactsMax + 1))).rejects.toBeInstanceOf(ValidationError);
  });
});
