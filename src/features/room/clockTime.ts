import type { Lang } from '../../domain/types';

const LOCALES: Record<Lang, string> = { en: 'en-GB', it: 'it-IT' };

/** A moment (epoch ms) as a 24-hour local clock time, "21:04", the way a facilitator reads a plan. */
export function formatClockTime(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(ms));
}
