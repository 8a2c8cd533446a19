import { describe, expect, it } from 'vitest';
import { formatCell } from '../../../src/domain/suppression';
import { buildSummaryModel, type SummaryInput } from '../../../src/domain/summary/build';
import { collectFreeTexts, mapFreeTexts, SUMMARY_SECTIONS } from '../../../src/domain/summary/model';
import { themeSources } from '../../../src/domain/summary/sources';
import { makeEarlierSession, makeGroup, makeParticipants, makeRecord, makeSession, note } from './fixtures';

function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  const participants = makeParticipants(8);
  return {
    group: makeGroup(),
    session: makeSession(participants),
    otherSessions: [makeEarlierSession(participants, 6)],
    record: makeRecord(),
    participants,
    reviewedOn: '2026-11-25',
    ...overrides,
  };
}

describe('buildSummaryModel', () => {
  it('has every section of DOMAIN.md §5.1, in order', () => {
    const model = buildSummaryModel(input());
    expect(SUMMARY_SECTIONS).toEqual([
      'header',
      'attendance',
      'delivery',
      'themes',
      'collective',
      'supportMap',
      'groupProcess',
      'safety',
      'reflection',
      'feedback',
      'nextSteps',
      'privacy',
    ]);
    const keys = Object.keys(model).filter((key) => (SUMMARY_SECTIONS as readonly string[]).includes(key));
    expect(keys).toEqual([...SUMMARY_SECTIONS]);
  });

  it('fills the header from the group and session, with the ISO week when the group asks for it', () => {
    const model = buildSummaryModel(input());
    expect(model.header).toMatchObject({
      groupCode: 'GRV-24A',
      settingType: 'hospital-day-unit',
      sessionNumber: 2,
      part: 'forest',
      period: { precision: 'isoWeek', label: '2026-W48' },
      plannedMinutes: 120,
      actualMinutes: 125,
    });
    expect(model.header.facilitatorRoles.text).toBe('Lead F1, co-facilitator P2');
    const byDay = buildSummaryModel(input({ group: makeGroup({ datePrecision: 'day' }) }));
    expect(byDay.header.period.label).toBe('2026-11-24');
    expect(byDay.privacy.reviewedOn).toBe('2026-11-25');
    expect(buildSummaryModel(input()).privacy).toEqual({ k: 5, reviewedOn: '2026-W48', precision: 'isoWeek' });
  });

  it('counts attendance and passes every breakdown through suppression', () => {
    const model = buildSummaryModel(input());
    // 8 people: present ×5, late ×1, left early ×1, absent ×1.
    expect(model.attendance.planned).toBe(8);
    expect(model.attendance.attended).toBe(7);
    // 5 + 1 + 1 = 7: the two small cells sum to 2, so each is 1, and hiding the 5 cannot help (5..7 forces
    // 1 and 1 again): the timing breakdown is withheld, only the totals are shown.
    expect(model.attendance.timing.withheld).toBe(true);
    // Returning: 6 came to session 1, and of those 5 came now (p7 was absent) → returning 5, new 2.
    expect(model.attendance.continuity?.cells.map((c) => formatCell(c, 5))).toEqual(['*', '<5']);
    expect(model.attendance.ratePercent).toBeNull(); // fewer than 10 planned
    expect(model.attendance.guests).toBeNull();
  });

  it('gives an attendance rate only from 10 planned participants', () => {
    const participants = makeParticipants(12);
    const model = buildSummaryModel(input({ participants, session: makeSession(participants), otherSessions: [] }));
    expect(model.attendance.planned).toBe(12);
    expect(model.attendance.ratePercent).toBe(92);
    expect(model.attendance.continuity).toBeNull();
  });

  it('shows guests at a celebration, suppressed', () => {
    const participants = makeParticipants(8);
    const session = makeSession(participants, { number: 4, part: 'celebration', guests: 3 });
    const model = buildSummaryModel(input({ session }));
    expect(formatCell(model.attendance.guests!, 5)).toBe('<5');
  });

  it('says when attendance was never taken', () => {
    const participants = makeParticipants(8);
    const model = buildSummaryModel(input({ session: makeSession(participants, { attendance: {} }) }));
    expect(model.attendance.recorded).toBe(false);
  });

  it('lists delivery against the plan with actual minutes, ticks and reasons', () => {
    const model = buildSummaryModel(input());
    const [checkIn, forest, retelling, collective, closing] = model.delivery.activities;
    expect(checkIn).toMatchObject({ plannedMinutes: 10, actualMinutes: 12, delivered: true });
    expect(forest?.zone).toBe('forest');
    expect(retelling?.reason.text).toBe('Shortened: fire drill');
    expect(collective?.reason.text).toBe('Extended a little');
    expect(closing).toMatchObject({ actualMinutes: null, delivered: true }); // ticked by hand
    expect(model.delivery.zonesCovered).toEqual(['forest']);
  });

  it('keeps themes by zone with bands, and never Leaves or Compost themes', () => {
    const model = buildSummaryModel(input());
    expect(model.themes.map((zone) => zone.zone)).toEqual(['roots', 'trunk', 'branches', 'forest', 'storms']);
    expect(model.themes.find((zone) => zone.zone === 'roots')?.widest).toBe('most');
    const all = JSON.stringify(model);
    expect(all).not.toContain('LEAVES-SECRET');
    expect(all).not.toContain('COMPOST-SECRET');
  });

  it('never carries private notes, aliases or per-person rows', () => {
    const model = buildSummaryModel(input());
    const all = JSON.stringify(model);
    expect(all).not.toContain('PRIVATE-NOTE');
    for (const participant of makeParticipants(8)) expect(all).not.toContain(`"${participant.id}"`);
    expect(all).not.toMatch(/"alias"/);
  });

  it('suppresses the support map and bands safety flags', () => {
    const model = buildSummaryModel(input());
    expect(model.supportMap.total).toBe(18);
    expect(model.supportMap.breakdown.cells.map((c) => formatCell(c, 5))).toEqual(['6', '<5', '7', '0', '<5']);
    expect(model.safety.noneObserved).toBe(false);
    expect(model.safety.flags.find((f) => f.flag === 'followUpOffered')?.band).toBe('2+');
  });

  it('reports feedback only when n >= k', () => {
    expect(buildSummaryModel(input()).feedback).toEqual({ reported: true, n: 6, mean: 4.2, scale: 5 });
    const few = buildSummaryModel(input({ record: makeRecord({ feedbackRatings: [5, 4, 4] }) }));
    expect(few.feedback).toEqual({ reported: false, n: 3 });
    const k8 = buildSummaryModel(input({ group: makeGroup({ suppressionK: 8 }) }));
    expect(k8.feedback.reported).toBe(false);
    expect(k8.k).toBe(8);
  });

  it('collects every free text for the review, and maps them back', () => {
    const model = buildSummaryModel(input());
    const texts = collectFreeTexts(model);
    const keys = texts.map((text) => text.key);
    expect(keys).toContain('collectiveDocument');
    expect(keys).toContain('theme.t3');
    expect(keys).toContain('activity.b3.reason');
    expect(keys).toContain('facilitatorRoles');
    expect(keys).not.toContain('theme.t4');
    expect(new Set(keys).size).toBe(keys.length);
    const upper = mapFreeTexts(model, (text) => text.text.toUpperCase());
    expect(upper.collective.message.text).toBe('YOU ARE NOT ALONE IN THE STORM.');
    expect(upper.attendance).toEqual(model.attendance);
  });
});

describe('themeSources (the helper list of shared notes)', () => {
  it('lists only consented, non-private notes outside Leaves and Compost, without any alias', () => {
    const participants = makeParticipants(4, 2); // p1 and p2 consented to the summary
    const items = [
      note('n1', 'p1', 'roots', 'Grandad’s allotment'),
      note('n2', 'p2', 'trunk', 'Patience', 'summary'),
      note('n3', 'p3', 'trunk', 'NOT-CONSENTED cooking for everyone'),
      note('n4', 'p1', 'branches', 'PRIVATE-ITEM a new job', 'private'),
      note('n5', 'p1', 'leaves', 'LEAVES-ITEM my sister Carla'),
      note('n6', 'p2', 'compost', 'COMPOST-ITEM lazy'),
      note('n7', 'p2', 'roots', '   '),
    ];
    const sources = themeSources(items, participants);
    expect(sources.map((zone) => zone.zone)).toEqual(['roots', 'trunk']);
    const text = JSON.stringify(sources);
    expect(text).toContain('allotment');
    expect(text).toContain('Patience');
    for (const excluded of ['NOT-CONSENTED', 'PRIVATE-ITEM', 'LEAVES-ITEM', 'COMPOST-ITEM', 'Oak', 'Willow', 'p1', 'p2']) {
      expect(text).not.toContain(excluded);
    }
  });

  it('drops a participant’s notes as soon as summary consent is withdrawn', () => {
    const participants = makeParticipants(2, 2);
    const items = [note('n1', 'p1', 'roots', 'Songs'), note('n2', 'p2', 'roots', 'Recipes')];
    expect(themeSources(items, participants)[0]?.items).toHaveLength(2);
    const withdrawn = participants.map((p) =>
      p.id === 'p2' ? { ...p, consent: { ...p.consent, summary: { granted: false, at: 1 } } } : p,
    );
    expect(themeSources(items, withdrawn)[0]?.items.map((i) => i.text)).toEqual(['Songs']);
  });
});
