import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParticipants } from '../../db/repositories/participants';
import { useSettings } from '../../db/repositories/settings';
import { EmptyState } from '../../ui/EmptyState';
import { GroupSizeWarning } from './GroupSizeWarning';
import { ParticipantForm } from './ParticipantForm';
import { ParticipantRow } from './ParticipantRow';
import './roster.css';

/** The group's roster: participants by alias, their consent per purpose, and adding or editing people. */
export function RosterTab({ groupId }: { groupId: string }) {
  const { t } = useTranslation('roster');
  const participants = useParticipants(groupId);
  const settings = useSettings();
  const [adding, setAdding] = useState<boolean | null>(null);

  if (!participants || !settings) return <p className="status">{t('common:loading')}</p>;
  // An empty roster opens the form straight away: adding people is the only thing to do.
  const formOpen = adding ?? participants.length === 0;

  return (
    <section className="roster" aria-labelledby="roster-title">
      <div className="page-header">
        <div>
          <h2 id="roster-title" tabIndex={-1}>{t('title', { count: participants.length })}</h2>
          <p className="muted roster__intro">{t('intro')}</p>
        </div>
        {!formOpen && (
          <button type="button" className="button--primary" onClick={() => setAdding(true)}>
            {t('addParticipant')}
          </button>
        )}
      </div>
      <GroupSizeWarning count={participants.length} />
      {formOpen && (
        <ParticipantForm
          mode="add"
          groupId={groupId}
          others={participants}
          autoFocus={adding === true}
          onAdded={() => setAdding(true)} onClose={() => setAdding(false)} />
      )}
      {participants.length === 0 ? (
        <EmptyState title={t('empty.title')}>
          <p>{t('empty.text')}</p>
          <p className="muted">{t('empty.privacy')}</p>
        </EmptyState>
      ) : (
        <ul className="roster__list">
          {participants.map((participant) => (
            <ParticipantRow key={participant.id} participant={participant} lang={settings.lang} />
          ))}
        </ul>
      )}
    </section>
  );
}
