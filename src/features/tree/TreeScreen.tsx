import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { useGroup } from '../../db/repositories/groups';
import { useParticipant } from '../../db/repositories/participants';
import { ensureTree, useTree, useTreeItems } from '../../db/repositories/trees';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { describeError } from '../../ui/useAction';
import { TreeWorkspace } from './TreeWorkspace';
import './tree.css';

/** A participant's Tree of Life, as the facilitator works on it (#/groups/<gid>/trees/<pid>). */
export function TreeScreen({ groupId, participantId }: { groupId: string; participantId: string }) {
  const { t } = useTranslation('tree');
  const group = useGroup(groupId);
  const participant = useParticipant(participantId);
  const tree = useTree(groupId, participantId);
  const items = useTreeItems(tree?.id);
  const [error, setError] = useState<string | null>(null);
  const belongs = participant && participant.groupId === groupId;
  // Live queries keep their last answer while the next one loads: when the route switches from one
  // participant to another, the participant, tree and items can each still be the previous person's for a
  // frame. Show a tree only when all three are this participant's, so no one's items ever appear under
  // another alias.
  const current = Boolean(
    participant &&
      participant.id === participantId &&
      tree &&
      tree.participantId === participantId &&
      items &&
      items.every((item) => item.treeId === tree.id && item.participantId === participantId),
  );

  // The tree is created the first time it is opened.
  useEffect(() => {
    if (tree !== null || !belongs) return;
    ensureTree(groupId, participantId).catch((caught: unknown) => setError(describeError(caught, t)));
  }, [tree, belongs, groupId, participantId, t]);

  if (group === undefined || participant === undefined || (participant && participant.id !== participantId)) return <p className="muted">{t('common:loading')}</p>;
  if (group === null || !participant || !belongs) {
    return (
      <EmptyState title={t('missing.title')}>
        <p>{t('missing.body')}</p>
        <p>
          <a href={group ? routeHash({ name: 'group', groupId, tab: 'trees' }) : '#/'}>{t('missing.back')}</a>
        </p>
      </EmptyState>
    );
  }

  return (
    <section className="tree-screen" aria-labelledby="tree-title">
      <nav className="tree-screen__crumbs" aria-label={t('crumbs.label')}>
        <a href={routeHash({ name: 'group', groupId, tab: 'trees' })}>{t('crumbs.trees', { group: group.code })}</a>
      </nav>
      <h1 id="tree-title">{t('title', { alias: participant.alias })}</h1>
      <ErrorMessage message={error} />
      {current && tree && items ? <TreeWorkspace key={tree.id} group={group} participant={participant} tree={tree} stored={items} /> : <p className="muted">{t('common:loading')}</p>}
    </section>
  );
}
