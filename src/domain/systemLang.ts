import type { Lang } from './types';

/**
 * The app's first language from the system's preferred languages (navigator.languages in the renderer,
 * which Electron fills from the operating system): Italian when the first one Grove speaks is Italian,
 * otherwise English.
 */
export function langFromLocales(locales: readonly string[]): Lang {
  for (const locale of locales) {
    const base = locale.toLowerCase().split(/[-_]/)[0];
    if (base === 'it') return 'it';
    if (base === 'en') return 'en';
  }
  return 'en';
}
