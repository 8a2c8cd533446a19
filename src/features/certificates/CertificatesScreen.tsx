import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { useCertificateContext } from '../../db/repositories/certificates';
import { certificateContent, certificateStatus, presentParticipants } from '../../domain/certificates';
import { CertificateEditor } from './CertificateEditor';
import { CertificatePreview } from './CertificatePreview';
import { PrintPanel } from './PrintPanel';
import './certificates.css';

/** Part 4: the certificate maker for one session — write with the group, preview, print one or all. */
export function CertificatesScreen({ groupId, sessionId }: { groupId: string; sessionId: string }) {
  const { t } = useTranslation('room');
  const context = useCertificateContext(groupId, sessionId);
  const [chosen, setChosen] = useState<string | null>(null);

  if (context === undefined) return <p className="status">{t('common:loading')}</p>;
  if (context === null) {
    return (
      <section className="empty-state">
        <h1>{t('sessions:planner.notFound')}</h1>
        <p>
          <a href="#/">{t('common:goHome')}</a>
        </p>
      </section>
    );
  }
  const { group, session, participants, treeItems } = context;
  const present = presentParticipants(participants, session);
  const selected = present.find((p) => p.id === chosen) ?? present[0];

  return (
    <div className="certificates-screen">
      <nav aria-label={t('sessions:planner.breadcrumb')} className="breadcrumb">
        <a href={routeHash({ name: 'session', groupId, sessionId })}>
          <span aria-hidden="true">← </span>
          {t('certificates.back')}
        </a>
      </nav>
      <h1>{t('certificates.heading', { number: session.number })}</h1>
      <p className="muted">{t('certificates.intro')}</p>
      {!selected ? (
        <p className="empty-state">{t('certificates.nobody')}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="certificate-person">{t('certificates.person')}</label>
            <select id="certificate-person" value={selected.id} onChange={(event) => setChosen(event.target.value)}>
              {present.map((p) => (
                <option key={p.id} value={p.id}>
                  {`${p.alias} — ${t(`certificates.status.${certificateStatus(p, session) === 'ready' ? 'ready' : 'noConsent'}`)}`}
                </option>
              ))}
            </select>
          </div>
          <div className="certificates-layout">
            <CertificateEditor key={selected.id} session={session} participant={selected} peers={present} treeItems={treeItems} />
            <div className="certificates-side">
              <CertificatePreview content={certificateContent(selected, session.certificates?.[selected.id], present)} />
              <PrintPanel key={selected.id} group={group} session={session} selected={selected} present={present} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
