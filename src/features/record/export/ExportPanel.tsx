import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isQuotaError } from '../../../db/errors';
import { archiveSummary } from '../../../db/repositories/archive';
import type { RecordContext } from '../../../db/repositories/records';
import { summaryFileName } from '../../../domain/period';
import type { SummaryModel } from '../../../domain/summary/model';
import { finaliseSummary, type FieldReview } from '../../../domain/summary/review';
import { host } from '../../../host';
import { formatBytes } from '../../../i18n/format';
import { loadFonts } from '../../../pdf/fonts';
import { describeError } from '../../../ui/useAction';

interface ExportPanelProps {
  context: RecordContext;
  model: SummaryModel;
  reviews: readonly FieldReview[];
  kept: ReadonlySet<string>;
  attested: boolean;
  /** The facilitator had ticked the attestation, then changed something: say why the tick went. */
  wasAttested: boolean;
  onAttest: (checked: boolean) => void;
}

interface Exported {
  fileName: string;
  pages: number;
  size: number;
  saved: { ok: true; value: string } | { ok: false; error: string };
}

/**
 * The attestation and the export: redact per the review, render the PDF, store it in the archive (with its
 * hash), then offer a copy through the host (native dialog in Electron, a download in a browser).
 */
export function ExportPanel({ context, model, reviews, kept, attested, wasAttested, onAttest }: ExportPanelProps) {
  const { t, i18n } = useTranslation('record');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<Exported | null>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  // Move focus to the result so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (exported) doneRef.current?.focus();
  }, [exported]);
  const { group, session } = context;
  const fileName = summaryFileName(group.code, session.number, model.header.period.label);
  const uiLang = i18n.language === 'it' ? 'it' : 'en';

  const exportPdf = async () => {
    setBusy(true);
    setError(null);
    try {
      const final = finaliseSummary(model, reviews, kept);
      // jsPDF is loaded only when a PDF is made, keeping it out of the app's first load.
      const [{ renderSummaryPdf }, fonts] = await Promise.all([import('../../../pdf/summaryPdf'), loadFonts()]);
      const { bytes, pages } = renderSummaryPdf(final, fonts, { createdAt: new Date() });
      await archiveSummary({
        bytes,
        fileName,
        pages,
        groupId: group.id,
        groupCode: group.code,
        sessionNumber: session.number,
        period: model.header.period.label ?? '',
        lang: group.lang,
      });
      const saved = await host.saveFile({ suggestedName: fileName, mimeType: 'application/pdf', bytes });
      setExported({ fileName, pages, size: bytes.byteLength, saved });
    } catch (caught) {
      // A full disk gets the app's own message; anything else says what failed. Either way nothing was stored.
      setError(isQuotaError(caught) ? describeError(caught, t) : t('export.errors.render', { message: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      setBusy(false);
    }
  };

  if (exported) {
    return (
      <section className="card export-panel export-panel--done" aria-labelledby="export-done" role="region">
        <h2 id="export-done" tabIndex={-1} ref={doneRef}>
          {t('export.success.title')}
        </h2>
        <p>
          {t('export.success.body', {
            file: exported.fileName,
            pages: t('export.success.pages', { count: exported.pages }),
            size: formatBytes(exported.size, uiLang),
          })}
        </p>
        <p>
          {exported.saved.ok
            ? t('export.success.saved', { path: exported.saved.value })
            : t('export.success.notSaved', {
                reason: t(exported.saved.error === 'cancelled' ? 'export.success.cancelled' : 'export.success.failed'),
              })}
        </p>
        <div className="button-row">
          <a className="button button--primary" href="#/archive">
            {t('export.success.toArchive')}
          </a>
          <button type="button" onClick={() => setExported(null)}>
            {t('export.success.again')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="card export-panel" aria-labelledby="export-panel-title">
      <h2 id="export-panel-title">{t('export.exportPdf')}</h2>
      <label className="checkbox attest">
        <input type="checkbox" checked={attested} onChange={(event) => onAttest(event.target.checked)} />
        <span>{t('export.attest')}</span>
      </label>
      {wasAttested && (
        <p className="warning" role="status">
          {t('export.attestReset')}
        </p>
      )}
      <p className="field__hint">{t('export.fileName', { file: fileName })}</p>
      <button type="button" className="button--primary" disabled={!attested || busy} onClick={() => void exportPdf()}>
        {busy ? t('export.exporting') : t('export.exportPdf')}
      </button>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
