import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { printTable } from './harness';
import { CATEGORY_ORDER, charactersPerSecond, percent, scoreCorpus, type CorpusEntry } from './corpusScore';

/**
 * Recall by category, precision, leaks and speed of the anonymiser on each labelled corpus: the project's
 * first corpus (written alongside the first rules), the issue-11 development corpus (written before the rules
 * it measures, then used to tune them) and the held-out corpus (written by someone else, never tuned to).
 * Set ANON_MISSES=1 to list every miss and false alarm.
 */
const CORPORA = [
  { name: 'old (corpus.json)', file: 'tests/fixtures/anonymise/corpus.json' },
  { name: 'dev (dev.json)', file: 'tests/fixtures/anonymise/dev.json' },
  { name: 'held-out (heldout.json)', file: 'tests/fixtures/anonymise/heldout.json' },
];

describe('anonymiser on labelled corpora', () => {
  it('prints recall by category, precision, leaks and speed', () => {
    const rows = CORPORA.filter((corpus) => existsSync(corpus.file)).map((corpus) => {
      const entries = JSON.parse(readFileSync(corpus.file, 'utf8')) as CorpusEntry[];
      const score = scoreCorpus(entries);
      const speed = charactersPerSecond(entries);
      if (process.env.ANON_MISSES) console.log(`\n${corpus.name}\n  ${[...score.misses, ...score.alarms].join('\n  ')}`);
      const recall = Object.fromEntries(
        CATEGORY_ORDER.map((category) => {
          const row = score.recall.get(category)!;
          return [category, `${percent(row.caught, row.labelled)} (${row.caught}/${row.labelled})`];
        }),
      );
      return {
        corpus: corpus.name,
        texts: score.texts,
        ...recall,
        precision: `${percent(score.findings - score.falseAlarms, score.findings)} (${score.falseAlarms} false)`,
        leaks: score.leaks,
        'KiB/s': Math.round(speed / 1024),
      };
    });
    printTable('Anonymiser recall by category, precision, leaks (roster names and structured identifiers left in) and speed', rows);
  });
});
