import { describe, expect, it } from 'vitest';
import { localIsoDate, sampleCode, sampleGroupInput, sampleParticipants } from '../../../src/domain/sample';
import { validateGroupInput, validateParticipantInput } from '../../../src/domain/validation';

describe('sample group data', () => {
  it('picks DEMO-01, or the next free DEMO code', () => {
    expect(sampleCode([])).toBe('DEMO-01');
    expect(sampleCode(['demo-01', 'DEMO-02', 'GRV'])).toBe('DEMO-03');
  });

  it('is a valid hospital-outpatient group in either language', () => {
    for (const lang of ['en', 'it'] as const) {
      const input = sampleGroupInput(lang, []);
      expect(validateGroupInput(input).ok).toBe(true);
      expect(input).toMatchObject({ settingType: 'hospital-outpatient', lang, suppressionK: 5, code: 'DEMO-01' });
    }
  });

  it('has six participants by alias only, with distinct looks and varied consent', () => {
    const people = sampleParticipants('en', 10_000_000);
    expect(people.map((p) => p.input.alias)).toEqual(['Oak', 'Willow', 'River', 'Robin', 'Fern', 'Birch']);
    expect(sampleParticipants('it', 0).map((p) => p.input.alias)).toEqual(['Quercia', 'Salice', 'Fiume', 'Pettirosso', 'Felce', 'Betulla']);
    for (const { input } of people) {
      expect(input.redactNames).toEqual([]);
      expect(validateParticipantInput(input).ok).toBe(true);
    }
    expect(new Set(people.map((p) => p.input.color)).size).toBe(6);
    expect(new Set(people.map((p) => p.input.symbol)).size).toBe(6);
    const states = people.flatMap((p) => Object.values(p.consent));
    expect(states.some((s) => s.granted)).toBe(true);
    expect(states.some((s) => !s.granted && s.at !== null)).toBe(true); // withdrawn
    expect(states.some((s) => s.at === null)).toBe(true); // not asked yet
    for (const s of states) if (s.at !== null) expect(s.at).toBeLessThan(10_000_000);
  });

  it('formats a local calendar date', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
