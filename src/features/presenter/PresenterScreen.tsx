import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ForestCanvas } from '../../canvas/ForestCanvas';
import { StaticTreeView } from '../../canvas/StaticTreeView';
import { useForest, useProjectedTree } from '../../db/repositories/forest';
import type { Group, LocalText } from '../../domain/types';
import { describeTree } from '../tree/describeTree';
import { useZoneLabels } from '../tree/useZoneLabels';
import { describeForest } from '../forest/describeForest';
import { openPresenterChannel, type PresenterMessage } from './channel';
import './presenter.css';

type Showing = Extract<PresenterMessage, { type: 'show' }>;

/**
 * The projector (#/present/<gid>, chromeless): the current prompt in large type in the group's language,
 * and the tree or the forest with only what has projector consent and is not private. Never any roster
 * data. It says hello on the presenter channel when it opens and follows the facilitator's window; the
 * privacy curtain (B, the button, or the channel) blanks it at once.
 */
export function PresenterScreen({ groupId }: { groupId: string }) {
  const { t } = useTranslation('presenter');
  const [showing, setShowing] = useState<Showing | null>(null);
  const [curtain, setCurtain] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const data = useForest(groupId, 'projector');

  const channel = useRef<ReturnType<typeof openPresenterChannel> | null>(null);
  const curtainNow = useRef(curtain);

  useEffect(() => {
    const opened = openPresenterChannel((message) => {
      if (message.type === 'curtain') setCurtain(message.on);
      else if (message.type === 'show' && message.groupId === groupId) setShowing(message);
      else if (message.type === 'progress') setProgress(message.fraction);
      else if (message.type === 'query') opened.post({ type: 'state', curtain: curtainNow.current });
    });
    channel.current = opened;
    opened.post({ type: 'hello' });
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [groupId]);

  // The presenter is the one truth about what is on the wall: every facilitator screen follows this.
  useEffect(() => {
    curtainNow.current = curtain;
    channel.current?.post({ type: 'state', curtain });
  }, [curtain]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'b' || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      setCurtain((on) => !on);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    document.title = t('screen.title');
  }, [t]);

  return (
    <div className="presenter" data-curtain={curtain}>
      <h1 className="visually-hidden">{t('screen.title')}</h1>
      {curtain ? (
        <div className="presenter__curtain" data-testid="curtain">
          <p className="presenter__curtain-hint">{t('screen.curtainHint')}</p>
          <button type="button" className="presenter__curtain-button" onClick={() => setCurtain(false)}>
            {t('screen.liftCurtain')}
          </button>
        </div>
      ) : (
        <>
          <button type="button" className="presenter__curtain-toggle" onClick={() => setCurtain(true)} title={t('screen.curtainHint')}>
            {t('screen.curtain')}
          </button>
          {data === undefined ? null : data === null ? (
            <p className="presenter__waiting">{t('screen.missing')}</p>
          ) : (
            <PresenterContent group={data.group} showing={showing} data={data} />
          )}
          {progress !== null && (
            <div className="presenter__progress" data-testid="presenter-progress" aria-hidden="true">
              <div style={{ width: `${Math.round(Math.min(1, Math.max(0, progress)) * 100)}%` }} />
            </div>
          )}
        </>
      )}
    </div>
  );
}

function Prompt({ prompt, title, lang }: { prompt: LocalText | null; title: string | null; lang: Group['lang'] }) {
  if (!prompt && !title) return null;
  return (
    <header className="presenter__prompt" lang={lang}>
      {title && <p className="presenter__title">{title}</p>}
      {prompt && <p className="presenter__question">{prompt[lang]}</p>}
    </header>
  );
}

function PresenterContent({ group, showing, data }: { group: Group; showing: Showing | null; data: NonNullable<ReturnType<typeof useForest>> }) {
  const { t } = useTranslation('presenter');
  const labels = useZoneLabels(group);
  if (!showing) return <p className="presenter__waiting">{t('screen.waiting')}</p>;
  return (
    <div className="presenter__stage">
      <Prompt prompt={showing.prompt} title={showing.title} lang={group.lang} />
      {showing.view === 'tree' && showing.participantId && <ProjectedTree groupId={group.id} participantId={showing.participantId} labels={labels} />}
      {showing.view === 'forest' && (
        <div className="presenter__canvas">
          <ForestCanvas
            trees={data.trees}
            forestItems={data.forestItems}
            labels={labels}
            documentTitle={t('forest:collective.canvasTitle', { lng: group.lang })}
            ariaLabel={t('screen.forestLabel', { count: data.trees.length })}
            description={describeForest(data.trees, data.forestItems.filter((i) => i.kind === 'storm'), data.forestItems.filter((i) => i.kind === 'collective'), t)}
            readOnly
            showZoom={false}
          />
        </div>
      )}
    </div>
  );
}

function ProjectedTree({ groupId, participantId, labels }: { groupId: string; participantId: string; labels: ReturnType<typeof useZoneLabels> }) {
  const { t } = useTranslation('presenter');
  const tree = useProjectedTree(groupId, participantId);
  if (tree === undefined) return null;
  if (tree === null) return <p className="presenter__waiting">{t('screen.nothingToShow')}</p>;
  return (
    <div className="presenter__canvas">
      <p className="presenter__alias">{t('screen.treeOf', { alias: tree.alias })}</p>
      <StaticTreeView items={tree.items} labels={labels} ariaLabel={t('screen.treeLabel', { alias: tree.alias })} description={describeTree(tree.items, labels, t)} />
    </div>
  );
}
