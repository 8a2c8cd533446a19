import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CERTIFICATE_DESIGNS,
  CERTIFICATE_LIMITS,
  certificateContent,
  certificateStatus,
  PAPER_FORMATS,
  realNameSchema,
  type CertificateDesign,
  type PaperFormat,
} from '../../domain/certificates';
import type { Group, Participant, Session } from '../../domain/types';
import { host } from '../../host';
import { formatIsoDate } from '../../i18n/format';
import { loadFonts } from '../../pdf/fonts';
import { buildCertificatesPdf, type CertificateStrings } from '../../pdf/certificatePdf';
import { ErrorMessage } from '../../ui/ErrorMessage';

interface Props {
  group: Group;
  session: Session;
  selected: Participant;
  present: readonly Participant[];
}

/** File names carry the group's code only: never a name. */
function fileName(group: Group, session: Session, all: boolean): string {
  const code = group.code.replace(/[^A-Za-z0-9_-]+/g, '-');
  return `${code}-session-${session.number}-${all ? 'certificates' : 'certificate'}.pdf`;
}

/**
 * Design, paper, the optional real name (this print only: held in this component's state, passed to the
 * PDF, cleared afterwards, never written anywhere) and the print buttons. Print consent is required.
 */
export function PrintPanel({ group, session, selected, present }: Props) {
  const { t } = useTranslation('room');
  const [design, setDesign] = useState<CertificateDesign>('meadow');
  const [format, setFormat] = useState<PaperFormat>('a4');
  const [realName, setRealName] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ready = present.filter((p) => certificateStatus(p, session) === 'ready');
  const selectedReady = certificateStatus(selected, session) === 'ready';

  async function print(people: readonly Participant[], all: boolean) {
    setStatus(null);
    setError(null);
    const name = realNameSchema.safeParse(realName);
    if (!name.success) {
      setError(t('certificates.errors.realNameTooLong', { max: CERTIFICATE_LIMITS.realNameMax }));
      return;
    }
    try {
      const lng = group.lang;
      const date = formatIsoDate(session.date ?? new Date().toISOString().slice(0, 10), lng);
      const strings: CertificateStrings = {
        documentTitle: t('certificates.pdf.documentTitle', { lng }),
        heading: t('certificates.pdf.heading', { lng }),
        presentedTo: t('certificates.pdf.presentedTo', { lng }),
        acknowledgements: t('certificates.pdf.acknowledgements', { lng }),
        footer: t('certificates.pdf.footer', { lng, date }),
      };
      const contents = people.map((p) => certificateContent(p, session.certificates?.[p.id], present, p.id === selected.id ? name.data : ''));
      const bytes = buildCertificatesPdf(contents, { design, format, strings, fonts: await loadFonts(), createdAt: new Date() });
      const file = fileName(group, session, all);
      const saved = await host.saveFile({ suggestedName: file, mimeType: 'application/pdf', bytes });
      if (saved.ok) setStatus(t('certificates.print.done', { file }));
      else setError(saved.error);
    } catch (caught) {
      setError(t('common:errors.unexpected', { message: caught instanceof Error ? caught.message : String(caught) }));
    } finally {
      // The real name was for that one PDF: it leaves this screen as soon as the PDF is made.
      setRealName('');
    }
  }

  return (
    <section className="card" aria-labelledby="certificate-print-title">
      <h2 id="certificate-print-title">{t('certificates.print.title')}</h2>
      <fieldset className="choice-group">
        <legend>{t('certificates.print.design')}</legend>
        {CERTIFICATE_DESIGNS.map((value) => (
          <label key={value} className="check">
            <input type="radio" name="certificate-design" value={value} checked={design === value} onChange={() => setDesign(value)} />
            <span>{t(`certificates.print.designs.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>{t('certificates.print.paper')}</legend>
        {PAPER_FORMATS.map((value) => (
          <label key={value} className="check">
            <input type="radio" name="certificate-paper" value={value} checked={format === value} onChange={() => setFormat(value)} />
            <span>{t(`certificates.print.papers.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="certificate-real-name">{t('certificates.print.realName')}</label>
        <input
          id="certificate-real-name"
          type="text"
          autoComplete="off"
          spellCheck={false}
          aria-describedby="certificate-real-name-hint"
          maxLength={CERTIFICATE_LIMITS.realNameMax + 20}
          value={realName}
          onChange={(event) => setRealName(event.target.value)}
          disabled={!selectedReady}
        />
        <p className="field__hint" id="certificate-real-name-hint">
          {t('certificates.print.realNameHint')}
        </p>
      </div>
      {!selectedReady && <p className="warning">{t('certificates.print.noConsent')}</p>}
      <ErrorMessage message={error} />
      <div className="button-row">
        <button type="button" className="button--primary" disabled={!selectedReady} onClick={() => void print([selected], false)}>
          {t('certificates.print.one')}
        </button>
        <button type="button" disabled={ready.length === 0} onClick={() => void print(ready, true)}>
          {t('certificates.print.all', { count: ready.length })}
        </button>
      </div>
      <p aria-live="polite" className="muted">
        {status}
      </p>
    </section>
  );
}
