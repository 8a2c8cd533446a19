import { describe, expect, it } from 'vitest';
import { buildSummaryModel } from '../../../src/domain/summary/build';
import {
  aliasFindings,
  finaliseSummary,
  mergeFindings,
  reviewSignature,
  reviewSummary,
  segments,
  termOccurrences,
  type ReviewContext,
} from '../../../src/domain/summary/review';
import { collectFreeTexts } from '../../../src/domain/summary/model';
import { makeEarlierSession, makeGroup, makeParticipants, makeRecord, makeSession } from './fixtures';

function setup(recordOverrides = {}) {
  const participants = makeParticipants(8);
  const group = makeGroup();
  const model = buildSummaryModel({
    group,
    session: makeSession(participants),
    otherSessions: [makeEarlierSession(participants, 6)],
    record: makeRecord(recordOverrides),
    participants,
    reviewedOn: '2026-11-25',
  });
  const context: ReviewContext = {
    roster: participants.map((p) => ({ alias: p.alias, names: p.redactNames })),
    denyList: group.denyList,
    lang: group.lang,
  };
  return { participants, group, model, context };
}

describe('termOccurrences', () => {
  it('finds whole words in any case, never inside a longer word', () => {
    expect(termOccurrences('Ann went to the annual meeting with ANN.', 'Ann')).toEqual([
      { start: 0, end: 3 },
      { start: 36, end: 39 },
    ]);
    expect(termOccurrences('Ward 7 and ward 7b', 'ward 7')).toEqual([{ start: 0, end: 6 }]);
    expect(termOccurrences('anything', '  ')).toEqual([]);
    expect(termOccurrences("dall'Anna e Anna", 'Anna')).toEqual([
      { start: 5, end: 9 },
      { start: 12, end: 16 },
    ]);
  });
});

describe('aliasFindings', () => {
  it('flags an alias written as a name, not the ordinary word', () => {
    expect(aliasFindings('Oak spoke about an oak tree and Oakley.', ['Oak']).map((f) => f.start)).toEqual([0]);
  });
});

describe('mergeFindings', () => {
  it('merges overlapping spans so no half of a name is left', () => {
    const merged = mergeFindings('k', 'Giuseppe Ferri came', [
      { start: 0, end: 8, type: 'PERSON', source: 'auto' },
      { start: 4, end: 14, type: 'DENY_LIST', source: 'manual' },
    ]);
    expect(merged).toEqual([{ id: 'k:0:14', start: 0, end: 14, type: 'PERSON', source: 'manual', original: 'Giuseppe Ferri' }]);
  });
});

describe('reviewSummary', () => {
  it('finds roster names, aliases, contact details, dates and deny-list terms in every free text', () => {
    const { model, context } = setup();
    const reviews = reviewSummary(model, context);
    const found = reviews.flatMap((review) => review.findings.map((f) => `${f.type}:${f.original}`));
    for (const expected of [
      'ROSTER_NAME:Maggie',
      'ROSTER_NAME:Giuseppe Ferri',
      'ROSTER_NAME:Anna Bianchi',
      'ROSTER_NAME:Oak',
      'ROSTER_NAME:Dorothy Price',
      'ROSTER_NAME:Peppe',
      'PHONE:020 7946 0958',
      'EMAIL:help@example.org',
      'DATE:12/03/1954',
      'DENY_LIST:Ward 7',
      'DENY_LIST:Riverside Clinic',
    ]) {
      expect(found).toContain(expected);
    }
    // One review per non-empty free text, in reading order.
    expect(reviews.map((r) => r.key)).toEqual(collectFreeTexts(model).map((t) => t.key));
  });

  it('redacts everything by default when finalised', () => {
    const { model, context } = setup();
    const reviews = reviewSummary(model, context);
    const final = finaliseSummary(model, reviews, new Set());
    const text = JSON.stringify(final);
    for (const leak of ['Maggie', 'Giuseppe', 'Ferri', 'Anna Bianchi', 'Dorothy', 'Peppe', '7946', 'help@example.org', '1954', 'Ward 7', 'Riverside Clinic']) {
      expect(text).not.toContain(leak);
    }
    // Each person has one pseudonym for the whole summary, numbered in order of first mention.
    expect(final.groupProcess.text).toBe('Warm and attentive. [Person 3] and [Person 1] needed a pause after the re-telling.');
    expect(final.supportMap.signposted.text).toContain('[phone]');
  });

  it('keeps a finding the facilitator undid, and only that one', () => {
    const { model, context } = setup();
    const reviews = reviewSummary(model, context);
    const oak = reviews.find((r) => r.key === 'groupProcess')!.findings.find((f) => f.original === 'Oak')!;
    const final = finaliseSummary(model, reviews, new Set([oak.id]));
    expect(final.groupProcess.text).toBe('Warm and attentive. [Person 3] and Oak needed a pause after the re-telling.');
  });

  it('redacts phrases the facilitator adds, everywhere they occur', () => {
    const { model, context } = setup({ messageToOthers: 'From the Tuesday circle: you are not alone.' });
    const reviews = reviewSummary(model, context, ['tuesday circle']);
    const final = finaliseSummary(model, reviews, new Set());
    expect(final.collective.message.text).toBe('From the [redacted]: you are not alone.');
    const manual = reviews.flatMap((r) => r.findings).filter((f) => f.source === 'manual');
    expect(manual).toHaveLength(1);
  });

  it('refuses to finalise a text that changed after the review', () => {
    const { model, context } = setup();
    const reviews = reviewSummary(model, context);
    const changed = { ...model, reflection: { key: 'reflection', text: 'Something new about Maggie' } };
    expect(() => finaliseSummary(changed, reviews, new Set())).toThrow(/changed after it was reviewed/);
  });

  it('changes its signature with any undo or new phrase, so the attestation resets', () => {
    const { model, context } = setup();
    const reviews = reviewSummary(model, context);
    const base = reviewSignature(reviews, new Set());
    const first = reviews.flatMap((r) => r.findings)[0]!;
    expect(reviewSignature(reviews, new Set([first.id]))).not.toBe(base);
    expect(reviewSignature(reviewSummary(model, context, ['breathing trick']), new Set())).not.toBe(base);
    expect(reviewSignature(reviewSummary(model, context), new Set())).toBe(base);
  });

  it('cuts a text into plain runs and findings that rebuild it exactly', () => {
    const { model, context } = setup();
    for (const review of reviewSummary(model, context)) {
      expect(segments(review).map((part) => part.text).join('')).toBe(review.text);
    }
  });
});

describe('pseudonyms across a summary', () => {
  it('gives the same person the same pseudonym in every text, and different people different ones', () => {
    const { model, context } = setup({
      groupProcess: 'Maggie and Dr Okafor talked. Later Maggie laughed.',
      reflection: 'Okafor came back; Margaret Ellison (Oak) stayed on.',
    });
    const reviews = reviewSummary(model, context);
    const final = finaliseSummary(model, reviews, new Set());
    const process = final.groupProcess.text;
    const reflection = final.reflection.text;
    const labels = (text: string) => text.match(/\[Person \d+\]/g) ?? [];
    const [maggie, okafor, maggieAgain] = labels(process);
    expect(maggie).toBeDefined();
    expect(okafor).not.toBe(maggie);
    expect(maggieAgain).toBe(maggie);
    // The surname alone, the full roster name and the alias are the same people as before.
    expect(labels(reflection)).toEqual([okafor, maggie, maggie]);
  });

  it('writes pseudonyms in the summary language', () => {
    const { model, context } = setup({ groupProcess: 'Maggie e Peppe hanno parlato; poi Maggie ha riso.' });
    const reviews = reviewSummary(model, { ...context, lang: 'it' });
    const final = finaliseSummary({ ...model, lang: 'it' }, reviews, new Set());
    expect(final.groupProcess.text).toMatch(/^\[Persona (\d+)\] e \[Persona (?!\1)\d+\] hanno parlato; poi \[Persona \1\] ha riso\.$/);
  });
});
