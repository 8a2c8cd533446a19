import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { host } from '../../host';
import { formatDateTime } from '../../i18n/format';
import { loadFonts } from '../../pdf/fonts';
import { buildRecoveryKeyPdf } from '../../pdf/recoveryKeyPdf';
import { formatRecoveryKey } from '../../security/recoveryKey';
import { ErrorMessage } from '../../ui/ErrorMessage';

/**
 * The recovery key, shown once: readable in groups of four, savable as a one-page PDF to print, and a
 * confirmation that it was kept before Grove goes on. It is never stored anywhere by Grove.
 */
export function RecoveryKeyStep({ recoveryKey, onContinue }: { recoveryKey: string; onContinue: () => void }) {
  const { t, i18n } = useTranslation('security');
  const [kept, setKept] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const formatted = formatRecoveryKey(recoveryKey);

  async function savePdf() {
    setError(null);
    const now = new Date();
    const bytes = buildRecoveryKeyPdf({
      formattedKey: formatted,
      strings: {
        title: t('pdf.title'),
        created: t('pdf.created', { date: formatDateTime(now.getTime(), i18n.language === 'it' ? 'it' : 'en') }),
        intro: t('pdf.intro'),
        keep: t('pdf.keep'),
        how: t('pdf.how'),
        age: t('pdf.age'),
      },
      fonts: await loadFonts(),
      createdAt: now,
    });
    const result = await host.saveFile({ suggestedName: 'grove-recovery-key.pdf', mimeType: 'application/pdf', bytes });
    if (result.ok) setSaved(result.value);
    else if (result.error !== 'cancelled') setError(t('common:errors.unexpected', { message: result.error }));
  }

  return (
    <section className="lock-card" aria-labelledby="recovery-title">
      <h1 id="recovery-title">{t('recovery.title')}</h1>
      <p>{t('recovery.intro')}</p>
      <p className="recovery-key" aria-label={t('recovery.keyLabel')} data-testid="recovery-key">
        {formatted}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void savePdf()}>
          {t('recovery.print')}
        </button>
      </div>
      {saved && <p role="status">{t('recovery.saved', { name: saved })}</p>}
      <ErrorMessage message={error} />
      <label className="choice">
        <input type="checkbox" checked={kept} onChange={(e) => setKept(e.target.checked)} /> {t('recovery.confirm')}
      </label>
      <div className="button-row">
        <button type="button" className="button--primary" disabled={!kept} onClick={onContinue}>
          {t('recovery.continue')}
        </button>
      </div>
    </section>
  );
}
