import { describe, expect, it } from 'vitest';
import { agendaWarnings, plannedTotal, validateBlocks } from '../../../src/domain/agenda';
import { BUILTIN_ACTIVITIES } from '../../../src/domain/library';
import { PROMPTS } from '../../../src/domain/prompts';
import { addWeeks, buildProgramme, isIsoDate, TEMPLATE_IDS, templateShape } from '../../../src/domain/templates';

describe('the 4 × 120 programme', () => {
  const en = buildProgramme('4x120', 'en', '2026-03-02');

  it('has four weekly sessions of 120 minutes whose blocks add up exactly', () => {
    expect(en.map((session) => session.number)).toEqual([1, 2, 3, 4]);
    expect(en.map((session) => session.plannedMinutes)).toEqual([120, 120, 120, 120]);
    expect(en.map((session) => plannedTotal(session.blocks))).toEqual([120, 120, 120, 120]);
    expect(en.map((session) => session.date)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']);
  });

  it('follows the order of the method: tree, forest, storms, celebration', () => {
    expect(en.map((session) => session.part)).toEqual(['tree', 'forest', 'storms', 'celebration']);
  });

  it('draws the zones in order, roots to flowers, compost last and optional, within minutes 25–80', () => {
    const first = en[0]!;
    const zones = first.blocks.filter((block) => block.kind === 'zone').map((block) => block.zone);
    expect(zones).toEqual(['roots', 'ground', 'trunk', 'branches', 'leaves', 'fruits', 'flowers', 'compost']);
    expect(first.blocks.map((block) => block.kind)).toEqual(['agreement', 'warmup', ...zones.map(() => 'zone'), 'break', 'sharing', 'closing']);
    const start = plannedTotal(first.blocks.slice(0, 2));
    expect(start).toBe(25);
    expect(start + plannedTotal(first.blocks.filter((block) => block.kind === 'zone'))).toBe(80);
    expect(first.blocks.find((block) => block.zone === 'roots')!.prompts).toEqual(PROMPTS.roots);
  });

  it('puts the forest and re-telling (with the four witness prompts) in session 2', () => {
    const second = en[1]!;
    expect(second.blocks.map((block) => block.kind)).toEqual(['checkin', 'forest', 'retelling', 'collective', 'closing']);
    const retelling = second.blocks.find((block) => block.kind === 'retelling')!;
    expect(retelling.minutes).toBe(80);
    expect(retelling.prompts).toEqual(PROMPTS.retelling);
  });

  it('keeps storms general in session 3, with "is a storm ever the tree’s fault", a break, the support map and a grounding close', () => {
    const third = en[2]!;
    expect(third.blocks.map((block) => block.kind)).toEqual(['checkin', 'storms', 'storms', 'break', 'supportMap', 'storms', 'closing']);
    expect(third.blocks[2]!.prompts[0]!.en).toBe('Is a storm ever the tree\'s fault?');
    expect(third.blocks.at(-1)!.title).toBe('Grounding close');
  });

  it('ends with certificates, collective message, celebration, feedback and a closing ritual', () => {
    expect(en[3]!.blocks.map((block) => block.kind)).toEqual(['certificates', 'collective', 'celebration', 'feedback', 'closing']);
  });

  it('never puts storms before the forest and warns of nothing for a group of 8', () => {
    const programme = en.map((s, i) => ({ ...s, id: String(i) }));
    for (const session of programme) expect(agendaWarnings(session, programme, 8)).toEqual([]);
  });

  it('is written in the group’s language, with every prompt in both languages', () => {
    const it_ = buildProgramme('4x120', 'it', null);
    expect(it_[0]!.title).toBe('Disegnare l’Albero della Vita');
    expect(it_[0]!.blocks[2]!.title).toBe('Radici: da dove vengo');
    expect(it_.every((session) => session.date === null)).toBe(true);
    for (const session of [...en, ...it_]) {
      for (const block of session.blocks) {
        for (const prompt of block.prompts) {
          expect(prompt.en.trim()).not.toBe('');
          expect(prompt.it.trim()).not.toBe('');
        }
      }
    }
  });

  it('gives every block a fresh id, new on every build', () => {
    const ids = en.flatMap((session) => session.blocks.map((block) => block.id));
    expect(new Set(ids).size).toBe(ids.length);
    const again = buildProgramme('4x120', 'en', null).flatMap((session) => session.blocks.map((block) => block.id));
    expect(again.some((id) => ids.includes(id))).toBe(false);
  });
});

describe('every template', () => {
  it.each(TEMPLATE_IDS)('%s: sessions add up to their length, blocks are valid, storms never precede the forest', (id) => {
    const sessions = buildProgramme(id, 'en', '2026-01-05');
    expect(sessions.length).toBe(templateShape(id).sessions);
    const programme = sessions.map((session, index) => ({ ...session, id: String(index) }));
    for (const session of programme) {
      if (session.blocks.length > 0) expect(plannedTotal(session.blocks)).toBe(session.plannedMinutes);
      expect(validateBlocks(session.blocks)).toEqual([]);
      const codes = agendaWarnings(session, programme, 8).map((warning) => warning.code);
      expect(codes).not.toContain('stormsBeforeForest');
      expect(codes).not.toContain('stormsWithoutForest');
      expect(codes).not.toContain('noClosing');
    }
  });

  it('one day is about five and a half hours of activity plus breaks', () => {
    const [day] = buildProgramme('oneDay', 'en', null);
    const breaks = plannedTotal(day!.blocks.filter((block) => block.kind === 'break'));
    expect(plannedTotal(day!.blocks) - breaks).toBe(330);
    expect(breaks).toBeGreaterThan(0);
  });

  it('6 × 90 has a break at most about every 45 minutes', () => {
    for (const session of buildProgramme('6x90', 'en', null)) {
      expect(session.plannedMinutes).toBe(90);
      let since = 0;
      for (const block of session.blocks) {
        since = block.kind === 'break' ? 0 : since + block.minutes;
        expect(since).toBeLessThanOrEqual(50);
      }
    }
  });

  it('drop-in is a single session of its own part', () => {
    const sessions = buildProgramme('dropIn', 'it', '2026-05-04');
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.part).toBe('dropIn');
  });

  it('blank is one empty session', () => {
    expect(buildProgramme('blank', 'en', null)).toMatchObject([{ number: 1, blocks: [], plannedMinutes: 120 }]);
  });
});

describe('the built-in library', () => {
  it('has every activity of DOMAIN.md, each in English and Italian', () => {
    const ids = BUILTIN_ACTIVITIES.map((activity) => activity.id);
    for (const id of ['welcome-agreement', 'warmup', 'zone-roots', 'zone-compost', 'sharing', 'forest', 'retelling', 'storms', 'support-map', 'certificates', 'collective-message', 'feedback', 'grounding-close', 'break']) {
      expect(ids).toContain(id);
    }
    for (const activity of BUILTIN_ACTIVITIES) {
      expect(activity.title.en).not.toBe('');
      expect(activity.title.it).not.toBe('');
      expect(activity.title.it).not.toBe(activity.title.en);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('dates', () => {
  it('adds weeks across months, years and daylight-saving changes', () => {
    expect(addWeeks('2026-03-23', 1)).toBe('2026-03-30');
    expect(addWeeks('2026-12-28', 1)).toBe('2027-01-04');
    expect(addWeeks('2026-10-20', 2)).toBe('2026-11-03');
  });
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('26-2-3')).toBe(false);
  });
});
