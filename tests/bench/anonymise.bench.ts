import { describe, it } from 'vitest';
import { anonymise, type AnonymiseContext } from '../../src/domain/anonymise';
import corpusJson from '../fixtures/anonymise/corpus.json';
import { printTable, stats } from './harness';

interface CorpusEntry {
  text: string;
  roster: { alias: string; names: string[] }[];
  lang: 'en' | 'it';
}

const corpus = corpusJson as CorpusEntry[];

describe('anonymiser speed', () => {
  it('prints the time to anonymise notes of several lengths', () => {
    const joined = corpus.map((entry) => entry.text).join(' ');
    const context: AnonymiseContext = { roster: corpus.flatMap((entry) => entry.roster), lang: 'en' };
    const rows = [500, 2000, 10000].map((length) => {
      const note = joined.repeat(Math.ceil(length / joined.length)).slice(0, length);
      for (let run = 0; run < 10; run += 1) anonymise(note, context);
      const samples = Array.from({ length: 50 }, () => {
        const started = performance.now();
        anonymise(note, context);
        return performance.now() - started;
      });
      const s = stats(samples);
      return { characters: length, runs: s.n, 'p50 ms': s.p50, 'p95 ms': s.p95, 'max ms': s.max };
    });
    printTable(`Anonymiser (roster of ${context.roster.length} people, Node)`, rows);
  });
});
