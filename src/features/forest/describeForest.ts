import type { TFunction } from 'i18next';
import type { ShownTree } from '../../db/repositories/forest';
import type { ForestItem } from '../../domain/types';

/** The forest canvas's text alternative: whose trees (by alias), how much is on each, the storms. */
export function describeForest(trees: readonly ShownTree[], storms: readonly ForestItem[], collective: readonly ForestItem[], t: TFunction): string {
  const parts = trees.map((tree) => t('forest:describe.tree', { alias: tree.alias, count: tree.items.length }));
  return [
    parts.length > 0 ? parts.join('; ') : t('forest:describe.noTrees'),
    t('forest:describe.storms', { count: storms.length }),
    t('forest:describe.collective', { count: collective.length }),
  ].join('. ');
}
