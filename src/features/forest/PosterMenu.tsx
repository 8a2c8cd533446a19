import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderForestPng } from '../../canvas/export/renderForestImage';
import type { ForestData } from '../../db/repositories/forest';
import type { ZoneId } from '../../domain/types';
import { host } from '../../host';
import { loadFonts } from '../../pdf/fonts';
import { buildForestPosterPdf, type PosterFormat, type PosterStrings } from '../../pdf/forestPosterPdf';

const FORMATS: readonly PosterFormat[] = ['a3', 'a4'];
const STRING_KEYS = ['title', 'trees', 'storms', 'collective', 'noEntries'] as const;

/**
 * The Forest poster for the closing: a PDF (A3/A4 landscape) or a PNG of the forest as the group display may
 * show it — the data comes from the forest repository's 'forest' audience, so private items and trees
 * without group-display consent are never in it — and the collective document as its own page.
 */
export function PosterMenu({ data, labels, documentTitle }: { data: ForestData; labels: Record<ZoneId, string>; documentTitle: string }) {
  const { t } = useTranslation('room');
  const [format, setFormat] = useState<PosterFormat>('a3');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const code = data.group.code.replace(/[^A-Za-z0-9_-]+/g, '-');

  async function make(kind: 'pdf' | 'png' | 'document') {
    setBusy(true);
    setMessage(null);
    try {
      const lng = data.group.lang;
      const strings = Object.fromEntries(STRING_KEYS.map((key) => [key, t(`poster.strings.${key}`, { lng })])) as unknown as PosterStrings;
      const text = (kindOf: 'storm' | 'collective') => data.forestItems.filter((item) => item.kind === kindOf).map((item) => item.text.trim()).filter(Boolean);
      const image = kind === 'document' ? null : await renderForestPng({ trees: data.trees, forestItems: data.forestItems, labels, documentTitle, pixelRatio: format === 'a3' ? 1.5 : 1 });
      let file: string;
      let bytes: Uint8Array;
      if (kind === 'png' && image) {
        file = `forest-${code}.png`;
        bytes = image.bytes;
      } else {
        file = kind === 'document' ? `forest-${code}-collective-document.pdf` : `forest-${code}-poster-${format}.pdf`;
        bytes = buildForestPosterPdf({
          image,
          aliases: data.trees.map((tree) => tree.alias),
          treeWords: data.trees.map((tree) => ({ alias: tree.alias, notes: tree.items.flatMap((item) => (item.kind === 'note' && item.text.trim() ? [item.text.trim()] : [])) })), storms: text('storm'), collective: text('collective'), strings, fonts: await loadFonts(), format, createdAt: new Date() });
      }
      const saved = await host.saveFile({ suggestedName: file, mimeType: kind === 'png' ? 'image/png' : 'application/pdf', bytes });
      setMessage(saved.ok ? t('poster.saved', { file }) : t('poster.failed', { detail: saved.error }));
    } catch (caught) {
      setMessage(t('poster.failed', { detail: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="forest-poster" aria-labelledby="forest-poster-title">
      <h2 id="forest-poster-title">{t('poster.title')}</h2>
      <p className="muted">{t('poster.intro')}</p>
      <fieldset className="choice-group">
        <legend>{t('poster.format')}</legend>
        {FORMATS.map((value) => (
          <label key={value} className="check">
            <input type="radio" name="poster-format" value={value} checked={format === value} onChange={() => setFormat(value)} />
            <span>{t(`poster.formats.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="button-row">
        <button type="button" className="button--small" disabled={busy} onClick={() => void make('pdf')}>
          {t('poster.pdf')}
        </button>
        <button type="button" className="button--small" disabled={busy} onClick={() => void make('png')}>
          {t('poster.png')}
        </button>
        <button type="button" className="button--small" disabled={busy} onClick={() => void make('document')}>
          {t('poster.document')}
        </button>
      </div>
      <p aria-live="polite" className="muted">
        {message}
      </p>
    </section>
  );
}
