import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { useGroup } from '../../db/repositories/groups';
import { useParticipant } from '../../db/repositories/participants';
import { useSettings } from '../../db/repositories/settings';
import { ensureTree, useTree, useTreeItems } from '../../db/repositories/trees';
import { describeError } from '../../ui/useAction';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ParticipantWorkspace } from './ParticipantWorkspace';
import { useParticipantLock } from './useParticipantLock';
import './participant.css';

/**
 * Participant mode (#/participant/<gid>/<pid>): the laptop or touch screen handed to one participant.
 * Only their own tree, full screen, large targets, the simple tools; no roster, no notes, no other tree
 * and no way out without the facilitator.
 */
export function ParticipantScreen({ groupId, participantId }: { groupId: string; participantId: string }) {
  const { t } = useTranslation('tree');
  const group = useGroup(groupId);
  const participant = useParticipant(participantId);
  const settings = useSettings();
  const tree = useTree(groupId, participantId);
  const items = useTreeItems(tree?.id);
  const [error, setError] = useState<string | null>(null);
  const here = routeHash({ name: 'participant', groupId, participantId });
  const unlock = useParticipantLock(here);
  const belongs = Boolean(participant && participant.groupId === groupId);

  useEffect(() => {
    if (tree !== null || !belongs) return;
    ensureTree(groupId, participantId).catch((caught: unknown) => setError(describeError(caught, t)));
  }, [tree, belongs, groupId, participantId, t]);

  const exit = () => {
    unlock();
    window.location.hash = routeHash({ name: 'tree', groupId, participantId });
  };

  if (group === undefined || participant === undefined || settings === undefined) return <p className="muted participant__loading">{t('common:loading')}</p>;
  if (!group || !participant || !belongs) {
    return (
      <div className="participant participant--missing">
        <h1>{t('participant.missing')}</h1>
        <p>
          <a href="#/" onClick={() => unlock()}>
            {t('missing.back')}
          </a>
        </p>
      </div>
    );
  }
  return (
    <>
      <ErrorMessage message={error} />
      {tree && items ? (
        <ParticipantWorkspace key={tree.id} group={group} alias={participant.alias} tree={tree} stored={items} pin={settings.participantPin} onExit={exit} />
      ) : (
        <p className="muted participant__loading">{t('common:loading')}</p>
      )}
    </>
  );
}
