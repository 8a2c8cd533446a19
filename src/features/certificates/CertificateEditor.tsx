import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { saveCertificateText } from '../../db/repositories/certificates';
import { addSuggestion, CERTIFICATE_LIMITS, certificateSuggestions, EMPTY_CERTIFICATE } from '../../domain/certificates';
import type { Participant, Session, TreeItem } from '../../domain/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useAction } from '../../ui/useAction';

interface Props {
  session: Session;
  participant: Participant;
  /** Everyone present; each other one may add an acknowledgement. */
  peers: readonly Participant[];
  treeItems: readonly TreeItem[];
}

/** Co-writing one certificate: the person's words (with their own shared tree items as suggestions) and peers' acknowledgements. */
export function CertificateEditor({ session, participant, peers, treeItems }: Props) {
  const { t } = useTranslation('room');
  const stored = session.certificates?.[participant.id] ?? EMPTY_CERTIFICATE;
  const [words, setWords] = useState(stored.words);
  const [acks, setAcks] = useState<Record<string, string>>(stored.acknowledgements);
  const [saved, setSaved] = useState(false);
  const { run, error } = useAction();
  const suggestions = certificateSuggestions(treeItems, participant.id);
  const others = peers.filter((peer) => peer.id !== participant.id);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const ok = await run(async () => {
      await saveCertificateText(session.id, participant.id, { words, acknowledgements: acks });
      return true;
    });
    if (ok) setSaved(true);
  }

  return (
    <form className="card certificate-editor" aria-labelledby="certificate-editor-title" noValidate onSubmit={(event) => void submit(event)}>
      <h2 id="certificate-editor-title">{participant.alias}</h2>
      <Field label={t('certificates.words')} hint={t('certificates.wordsHint')}>
        {(props) => (
          <textarea
            {...props}
            rows={5}
            maxLength={CERTIFICATE_LIMITS.wordsMax + 100}
            value={words}
            onChange={(event) => {
              setWords(event.target.value);
              setSaved(false);
            }}
          />
        )}
      </Field>
      <section aria-labelledby="certificate-suggestions">
        <h3 id="certificate-suggestions">{t('certificates.suggestions')}</h3>
        {suggestions.length === 0 ? (
          <p className="muted">{t('certificates.noSuggestions')}</p>
        ) : (
          <ul className="certificate-suggestions">
            {suggestions.map((text) => (
              <li key={text}>
                <button type="button" className="button--small" onClick={() => setWords((current) => addSuggestion(current, text))}>
                  {t('certificates.addSuggestion', { text })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {others.length > 0 && (
        <fieldset className="certificate-acks">
          <legend>{t('certificates.acknowledgements')}</legend>
          {others.map((peer) => (
            <Field key={peer.id} label={t('certificates.from', { alias: peer.alias })}>
              {(props) => (
                <input
                  {...props}
                  type="text"
                  maxLength={CERTIFICATE_LIMITS.acknowledgementMax + 50}
                  value={acks[peer.id] ?? ''}
                  onChange={(event) => {
                    setAcks((current) => ({ ...current, [peer.id]: event.target.value }));
                    setSaved(false);
                  }}
                />
              )}
            </Field>
          ))}
        </fieldset>
      )}
      <ErrorMessage message={error} />
      <div className="button-row">
        <button type="submit" className="button--primary">
          {t('certificates.save')}
        </button>
        <span className="status" role="status">
          {saved ? t('certificates.saved') : ''}
        </span>
      </div>
    </form>
  );
}
