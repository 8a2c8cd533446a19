import { beforeEach, describe, expect, it } from 'vitest';
import { db, useDatabase } from '../../../src/db/db';
import { getRecord, saveRecordPatch } from '../../../src/db/repositories/records';
import { buildSummaryModel } from '../../../src/domain/summary/build';
import { decisionsFromKept, keptFromDecisions, textHash } from '../../../src/domain/summary/decisions';
import { reviewSummary, type ReviewContext } from '../../../src/domain/summary/review';
import type { SessionRecord } from '../../../src/domain/types';
import { makeEarlierSession, makeGroup, makeParticipants, makeRecord, makeSession } from './fixtures';

function reviewsFor(record: SessionRecord) {
  const participants = makeParticipants(8);
  const group = makeGroup();
  const model = buildSummaryModel({
    group,
    session: makeSession(participants),
    otherSessions: [makeEarlierSession(participants, 6)],
    record,
    participants,
    reviewedOn: '2026-11-25',
  });
  const context: ReviewContext = { roster: participants.map((p) => ({ alias: p.alias, names: p.redactNames })), denyList: group.denyList, lang: group.lang };
  return reviewSummary(model, context);
}

describe('review decisions', () => {
  it('hashes texts so that any change shows', () => {
    expect(textHash('Maggie and Oak')).toBe(textHash('Maggie and Oak'));
    expect(textHash('Maggie and Oak')).not.toBe(textHash('Maggie and Oak.'));
    expect(textHash('ab')).not.toBe(textHash('ba'));
  });

  it('keeps an undo while its text is unchanged, and drops it when the text changes', () => {
    const reviews = reviewsFor(makeRecord({}));
    const process = reviews.find((review) => review.key === 'groupProcess')!;
    const oak = process.findings.find((finding) => finding.original === 'Oak')!;
    const decisions = decisionsFromKept(reviews, new Set([oak.id]));
    expect(decisions).toEqual([{ field: 'groupProcess', textHash: textHash(process.text), undone: [oak.id] }]);
    expect([...keptFromDecisions(reviewsFor(makeRecord({})), decisions)]).toEqual([oak.id]);

    const edited = reviewsFor(makeRecord({ groupProcess: `${process.text} Oak smiled.` }));
    expect(keptFromDecisions(edited, decisions).size).toBe(0);
    expect(decisionsFromKept(edited, keptFromDecisions(edited, decisions))).toEqual([]);
  });
});

let counter = 0;

describe('review decisions on the record row', () => {
  beforeEach(async () => {
    useDatabase(`test-decisions-${Date.now()}-${counter++}`);
    const participants = makeParticipants(3);
    await db.groups.add(makeGroup());
    await db.participants.bulkAdd(participants);
    await db.sessions.add(makeSession(participants));
  });

  it('stores decisions and phrases with the record and reads them back', async () => {
    const decision = { field: 'groupProcess', textHash: textHash('Maggie and Oak'), undone: ['groupProcess:11:14'] };
    await saveRecordPatch('s2', { reflection: 'Fine.' });
    await saveRecordPatch('s2', { reviewDecisions: [decision], reviewTerms: ['Tuesday circle'] });
    const record = await getRecord('s2');
    expect(record?.reviewDecisions).toEqual([decision]);
    expect(record?.reviewTerms).toEqual(['Tuesday circle']);
    expect(record?.reflection).toBe('Fine.');
  });

  it('refuses malformed decisions and stores nothing', async () => {
    await saveRecordPatch('s2', { reviewTerms: ['kept'] });
    const bad = [{ field: '', textHash: 'x', undone: [] }];
    await expect(saveRecordPatch('s2', { reviewDecisions: bad })).rejects.toMatchObject({ name: 'ValidationError', field: 'reviewDecisions' });
    await expect(saveRecordPatch('s2', { reviewTerms: [' '] })).rejects.toMatchObject({ name: 'ValidationError', field: 'reviewTerms' });
    expect((await getRecord('s2'))?.reviewTerms).toEqual(['kept']);
  });

  it('reads rows written before decisions existed with none', async () => {
    await db.records.put({ ...makeRecord({}), sessionId: 's2', reviewDecisions: undefined, reviewTerms: undefined } as unknown as SessionRecord);
    expect((await getRecord('s2'))?.reviewDecisions).toEqual([]);
  });
});
