import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIBILITY, ZONES, zoneLabel } from '../../../src/domain/zones';
import { PROMPTS } from '../../../src/domain/prompts';
import { emptyConsent, mayProject, setConsent } from '../../../src/domain/consent';

describe('zones', () => {
  it('follow the drawing order of the method', () => {
    expect(ZONES).toEqual(['roots', 'ground', 'trunk', 'branches', 'leaves', 'fruits', 'flowers', 'compost']);
  });

  it('keep leaves and compost private by default', () => {
    expect(DEFAULT_VISIBILITY.leaves).toBe('private');
    expect(DEFAULT_VISIBILITY.compost).toBe('private');
    expect(DEFAULT_VISIBILITY.trunk).toBe('forest');
  });

  it('use a group label when one is set, the default otherwise', () => {
    const group = { zoneLabels: { en: { fruits: 'Gifts received', flowers: '  ' } } };
    expect(zoneLabel('fruits', 'en', group)).toBe('Gifts received');
    expect(zoneLabel('flowers', 'en', group)).toBe('Flowers & seeds');
    expect(zoneLabel('fruits', 'it', group)).toBe('Frutti');
  });

  it('have 2 to 4 prompts per zone in both languages', () => {
    for (const zone of ZONES) {
      const prompts = PROMPTS[zone];
      expect(prompts.length).toBeGreaterThanOrEqual(2);
      expect(prompts.length).toBeLessThanOrEqual(4);
      for (const prompt of prompts) {
        expect(prompt.en.length).toBeGreaterThan(10);
        expect(prompt.it.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('consent', () => {
  it('starts unanswered and records when it changes', () => {
    const start = emptyConsent();
    expect(start.projector).toEqual({ granted: false, at: null });
    const given = setConsent(start, 'projector', true, 1000);
    expect(given.projector).toEqual({ granted: true, at: 1000 });
    expect(setConsent(given, 'projector', false, 2000).projector).toEqual({ granted: false, at: 2000 });
  });

  it('projects only with both group-display and projector consent', () => {
    let consent = setConsent(emptyConsent(), 'projector', true, 1);
    expect(mayProject({ consent })).toBe(false);
    consent = setConsent(consent, 'groupDisplay', true, 2);
    expect(mayProject({ consent })).toBe(true);
    consent = setConsent(consent, 'groupDisplay', false, 3);
    expect(mayProject({ consent })).toBe(false);
  });
});
