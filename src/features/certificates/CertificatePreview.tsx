import { useTranslation } from 'react-i18next';
import type { CertificateContent } from '../../domain/certificates';

/** The certificate as saved, in the app: what the PDF will say (the alias stands in for any typed name). */
export function CertificatePreview({ content }: { content: CertificateContent }) {
  const { t } = useTranslation('room');
  return (
    <section className="card" aria-labelledby="certificate-preview-title">
      <h2 id="certificate-preview-title">{t('certificates.preview')}</h2>
      <div className="certificate-preview" data-testid="certificate-preview">
        <p className="certificate-preview__heading">{t('certificates.pdf.heading')}</p>
        <p className="muted">{t('certificates.pdf.presentedTo')}</p>
        <p className="certificate-preview__name">{content.name}</p>
        {content.words && <p className="certificate-preview__words">{content.words}</p>}
        {content.acknowledgements.length > 0 && (
          <>
            <p className="certificate-preview__acks-title">{t('certificates.pdf.acknowledgements')}</p>
            <ul>
              {content.acknowledgements.map((ack) => (
                <li key={ack.from}>{`${ack.from}: ${ack.text}`}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
