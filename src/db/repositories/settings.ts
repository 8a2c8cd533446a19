import { useLiveQuery } from 'dexie-react-hooks';
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
}

export const DEFAULT_SETTINGS: AppSettings = {
  lang: 'en',
  theme: 'system',
  largePrint: false,
  participantPin: null,
  welcomeDismissed: false,
};

export async function getSettings(): Promise<AppSettings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...DEFAULT_SETTINGS, ...(stored as Partial<AppSettings>) };
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
