import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/i18n/resources';

/** Every key path of a nested catalogue, e.g. "actions.save". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null) return [value];
  return Object.values(value).flatMap(leaves);
}

describe('message catalogues', () => {
  for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
    it(`"${ns}" has the same keys in English and Italian`, () => {
      expect(keyPaths(resources.it[ns]).sort()).toEqual(keyPaths(resources.en[ns]).sort());
    });
    it(`"${ns}" has no empty strings`, () => {
      for (const lang of ['en', 'it'] as const) {
        for (const leaf of leaves(resources[lang][ns])) expect(typeof leaf === 'string' && leaf.trim().length > 0).toBe(true);
      }
    });
  }
});
