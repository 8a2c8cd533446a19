import type { TFunction } from 'i18next';
import { renderTreePng } from '../../canvas/export/renderTreeImage';
import { WORLD } from '../../domain/treeLayout';
import type { Group, Participant, TreeItem, ZoneId } from '../../domain/types';
import { hasConsent } from '../../domain/consent';
import { printableItems } from '../../domain/visibility';
import { ZONES } from '../../domain/zones';
import { HOST_ERRORS, host } from '../../host';
import { loadFonts } from '../../pdf/fonts';
import { buildTakeHomePdf } from '../../pdf/takeHomePdf';

const PIXEL_RATIO = 1.5;

/** A file name from the group code and alias only (never the group's name, which may reveal a condition). */
export function exportFileName(group: Pick<Group, 'code'>, participant: Pick<Participant, 'alias'>, extension: 'png' | 'pdf'): string {
  const safe = (value: string) => value.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'tree';
  return `tree-${safe(group.code)}-${safe(participant.alias)}.${extension}`;
}

export type ExportResult = { ok: true; fileName: string } | { ok: false; reason: 'noConsent' | 'cancelled' | 'failed'; detail?: string };

interface ExportInput {
  group: Group;
  participant: Participant;
  items: readonly TreeItem[];
  labels: Record<ZoneId, string>;
}

/** Save the participant's own tree as a PNG. Needs print consent; private items only when asked for. */
export async function exportTreePng({ group, participant, items, labels }: ExportInput, includePrivate: boolean): Promise<ExportResult> {
  if (!hasConsent(participant, 'print')) return { ok: false, reason: 'noConsent' };
  const bytes = await renderTreePng({ items: printableItems(participant, items, includePrivate), labels, pixelRatio: PIXEL_RATIO });
  return save(exportFileName(group, participant, 'png'), 'image/png', bytes);
}

/**
 * Save the one-page take-home PDF: alias, the tree with shared items only, and the shared notes as text.
 * Refused without print consent.
 */
export async function exportTakeHomePdf({ group, participant, items, labels }: ExportInput, t: TFunction): Promise<ExportResult> {
  if (!hasConsent(participant, 'print')) return { ok: false, reason: 'noConsent' };
  const shared = printableItems(participant, items, false);
  const [image, fonts] = await Promise.all([renderTreePng({ items: shared, labels, pixelRatio: PIXEL_RATIO }), loadFonts()]);
  const notes = ZONES.flatMap((zone) =>
    shared.filter((item) => item.kind === 'note' && item.zone === zone).map((item) => ({ zoneLabel: labels[zone], text: item.kind === 'note' ? item.text : '' })),
  );
  const lang = group.lang;
  const bytes = buildTakeHomePdf({
    alias: participant.alias,
    image,
    imageWidth: WORLD.width * PIXEL_RATIO,
    imageHeight: WORLD.height * PIXEL_RATIO,
    notes,
    strings: {
      title: t('tree:pdf.title', { lng: lang }),
      heading: t('tree:pdf.heading', { lng: lang }),
      notesHeading: t('tree:pdf.notesHeading', { lng: lang }),
      noNotes: t('tree:pdf.noNotes', { lng: lang }),
      more: (count) => t('tree:pdf.more', { count, lng: lang }),
    },
    fonts,
    createdAt: new Date(),
  });
  return save(exportFileName(group, participant, 'pdf'), 'application/pdf', bytes);
}

async function save(fileName: string, mimeType: 'image/png' | 'application/pdf', bytes: Uint8Array): Promise<ExportResult> {
  const result = await host.saveFile({ suggestedName: fileName, mimeType, bytes });
  if (result.ok) return { ok: true, fileName: result.value };
  return { ok: false, reason: result.error === HOST_ERRORS.cancelled ? 'cancelled' : 'failed', detail: result.error };
}
