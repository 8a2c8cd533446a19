import { useLiveQuery } from 'dexie-react-hooks';
import { langFromLocales } from '../../domain/systemLang';
import type { Lang } from '../../domain/types';
import { db } from '../db';

export type Theme = 'light' | 'dark' | 'system';

/** App-wide preferences kept in the settings table. */
export interface AppSettings {
  lang: Lang;
  theme: Theme;
  largePrint: boolean;
  /** Digits the facilitator types to leave participant mode; null means hold-to-exit only. */
  participantPin: string | null;
  /** Shown once: the welcome note on the home screen has been dismissed. */
  welcomeDismissed: boolean;
  /** Minutes without use after which Grove locks itself. */
  lockAfterMinutes: number;
  /** Run view: a soft sound at the calm cues (a fifth left, nearly over, over). Off by default. */
  runCueSound: boolean;
  /** Presenter: a discreet progress line for the current block. Off by default. */
  presenterProgress: boolean;
}

export const DEFAULT_SETTINGS: AppSettings = {
  lang: 'en',
  theme: 'system',
  largePrint: false,
  participantPin: null,
  welcomeDismissed: false,
  lockAfterMinutes: 10,
  runCueSound: false,
  presenterProgress: false,
};

/** Idle times offered before Grove locks itself. */
export const LOCK_MINUTES = [2, 5, 10, 15, 30, 60] as const;

/** What the lock screen may read while locked: only the preferences that say nothing about anyone. */
export type PublicSettings = Pick<AppSettings, 'lang' | 'theme' | 'largePrint' | 'lockAfterMinutes'>;

export async function getPublicSettings(): Promise<PublicSettings> {
  const keys = ['lang', 'theme', 'largePrint', 'lockAfterMinutes'] as const;
  const rows = await db.settings.bulkGet([...keys]);
  const stored = Object.fromEntries(rows.filter((row) => row !== undefined).map((row) => [row.key, row.value]));
  return { ...pick(DEFAULT_SETTINGS, keys), lang: langFromLocales(systemLocales()), ...(stored as Partial<PublicSettings>) };
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}

/** The system's preferred languages, or none where there is no navigator (Node tests). */
function systemLocales(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

export async function getSettings(): Promise<AppSettings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  // Until the facilitator chooses, Grove speaks the system's language.
  return { ...DEFAULT_SETTINGS, lang: langFromLocales(systemLocales()), ...(stored as Partial<AppSettings>) };
}

export async function updateSettings(patch: Partial<AppSettings>): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    for (const [key, value] of Object.entries(patch)) await db.settings.put({ key, value });
  });
}

/** Live settings for React screens; undefined while loading. */
export function useSettings(): AppSettings | undefined {
  return useLiveQuery(getSettings, []);
}
