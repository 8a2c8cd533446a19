import { BUILTIN_ACTIVITIES, activityToBlock, libraryBlockToAgenda } from '../../domain/library';
import type { AgendaBlock, BlockKind, Lang, LibraryBlock, LocalText, ThemeZoneId } from '../../domain/types';

/** A library entry as the library screen and the planner's picker list it: built-in or the facilitator's own. */
export interface LibraryItem {
  key: string;
  source: 'builtin' | 'own';
  title: string;
  kind: BlockKind;
  minutes: number;
  zone?: ThemeZoneId | undefined;
  prompts: readonly LocalText[];
  notes: string;
  /** A fresh agenda block copied from this entry. */
  toBlock: () => AgendaBlock;
  /** The facilitator's own block, when this entry is one. */
  own?: LibraryBlock;
}

/** Built-in activities in `lang`, then own blocks. */
export function libraryItems(lang: Lang, own: readonly LibraryBlock[]): LibraryItem[] {
  const builtins: LibraryItem[] = BUILTIN_ACTIVITIES.map((activity) => ({
    key: `builtin:${activity.id}`,
    source: 'builtin',
    title: activity.title[lang],
    kind: activity.kind,
    minutes: activity.minutes,
    zone: activity.zone,
    prompts: activity.prompts,
    notes: activity.notes[lang],
    toBlock: () => activityToBlock(activity, lang),
  }));
  const mine: LibraryItem[] = own.map((block) => ({
    key: `own:${block.id}`,
    source: 'own',
    title: block.title,
    kind: block.kind,
    minutes: block.minutes,
    zone: block.zone,
    prompts: block.prompts,
    notes: block.notes,
    toBlock: () => libraryBlockToAgenda(block),
    own: block,
  }));
  return [...builtins, ...mine];
}

/** Entries whose title or notes contain `query` (case- and accent-insensitive) and, if given, of `kind`. */
export function filterLibrary(items: readonly LibraryItem[], query: string, kind: BlockKind | ''): LibraryItem[] {
  const needle = fold(query.trim());
  return items.filter((item) => (kind === '' || item.kind === kind) && (needle === '' || fold(`${item.title} ${item.notes}`).includes(needle)));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}
