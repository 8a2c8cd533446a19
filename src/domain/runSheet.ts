import { blockOffsets, formatStart } from './agenda';
import type { AgendaBlock, Lang, Session } from './types';

/**
 * What the facilitator's run sheet and the materials checklist hold, as plain data: the pdf layer draws it,
 * the run view lists it. Nothing here is about any participant.
 */

/** Every block's materials, split on sentence and list boundaries, without repeats, in agenda order. */
export function sessionMaterials(blocks: readonly Pick<AgendaBlock, 'materials' | 'skipped'>[]): string[] {
  const seen = new Map<string, string>();
  for (const block of blocks) {
    if (block.skipped) continue;
    for (const part of block.materials.split(/[;\n]|\.\s+/)) {
      const item = part.trim().replace(/\.$/, '');
      const key = item.toLocaleLowerCase();
      if (item && !seen.has(key)) seen.set(key, item);
    }
  }
  return [...seen.values()];
}

export interface RunSheetRow {
  start: string;
  minutes: number;
  title: string;
  prompts: string[];
  materials: string;
  notes: string;
}

export interface RunSheetModel {
  lang: Lang;
  groupCode: string;
  sessionNumber: number;
  sessionTitle: string;
  date: string | null;
  plannedMinutes: number;
  rows: RunSheetRow[];
  materials: string[];
  careContacts: string;
}

/** The run sheet of one session, in the group's language, with start times from its planned start. */
export function buildRunSheet(session: Session, group: { code: string; lang: Lang; careContacts?: string }): RunSheetModel {
  const offsets = blockOffsets(session.blocks);
  return {
    lang: group.lang,
    groupCode: group.code,
    sessionNumber: session.number,
    sessionTitle: session.title,
    date: session.date,
    plannedMinutes: session.plannedMinutes,
    rows: session.blocks.map((block, at) => ({
      start: formatStart(offsets[at] ?? 0, session.startTime),
      minutes: block.minutes,
      title: block.title,
      prompts: block.prompts.map((prompt) => prompt[group.lang]).filter((text) => text.trim()),
      materials: block.materials,
      notes: block.notes,
    })),
    materials: sessionMaterials(session.blocks),
    careContacts: group.careContacts ?? '',
  };
}
