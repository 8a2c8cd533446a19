import { describe, expect, it } from 'vitest';
import { langFromLocales } from '../../../src/domain/systemLang';

describe('first-run language', () => {
  it('is Italian for an Italian system, English otherwise', () => {
    expect(langFromLocales(['it-IT', 'en-US'])).toBe('it');
    expect(langFromLocales(['it'])).toBe('it');
    expect(langFromLocales(['it_CH'])).toBe('it');
    expect(langFromLocales(['de-DE', 'it-IT'])).toBe('it');
    expect(langFromLocales(['en-GB', 'it-IT'])).toBe('en');
    expect(langFromLocales(['fr-FR'])).toBe('en');
    expect(langFromLocales([])).toBe('en');
  });
});
