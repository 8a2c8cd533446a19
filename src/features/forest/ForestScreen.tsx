import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { ForestCanvas } from '../../canvas/ForestCanvas';
import { forestLayout, nextStormSpot } from '../../canvas/forest/forestLayout';
import { addForestItem, deleteForestItem, updateForestItem, useForest } from '../../db/repositories/forest';
import { useParticipants } from '../../db/repositories/participants';
import { PROMPTS } from '../../domain/prompts';
import type { ForestItemKind, LocalText } from '../../domain/types';
import { EmptyState } from '../../ui/EmptyState';
import { PresenterControls } from '../presenter/PresenterControls';
import { usePresenterDriver } from '../presenter/usePresenterDriver';
import { useZoneLabels } from '../tree/useZoneLabels';
import { ForestPanel } from './ForestPanel';
import { PosterMenu } from './PosterMenu';
import { describeForest } from './describeForest';
import '../tree/tree.css';
import './forest.css';

const STORM_COLOR = '#dfe4ea';

/**
 * The Forest of Life (#/groups/<gid>/forest): every tree whose owner agreed to group display, private
 * items hidden, aliases only; the storms around it and the collective document, editable from the
 * keyboard in the side panel; and the projector controls.
 */
export function ForestScreen({ groupId }: { groupId: string }) {
  const { t } = useTranslation('forest');
  const data = useForest(groupId, 'forest');
  const roster = useParticipants(groupId);
  if (data === undefined || roster === undefined) return <p className="muted">{t('common:loading')}</p>;
  if (data === null) {
    return (
      <EmptyState title={t('missing')}>
        <p>
          <a href="#/">{t('common:goHome')}</a>
        </p>
      </EmptyState>
    );
  }
  return <ForestView data={data} hidden={roster.length - data.trees.length} />;
}

function ForestView({ data, hidden }: { data: NonNullable<ReturnType<typeof useForest>>; hidden: number }) {
  const { t } = useTranslation('forest');
  const { group, trees, forestItems } = data;
  const labels = useZoneLabels(group);
  const driver = usePresenterDriver();
  const storms = forestItems.filter((item) => item.kind === 'storm');
  const collective = forestItems.filter((item) => item.kind === 'collective');
  const layout = useMemo(() => forestLayout(trees.length), [trees.length]);
  const documentTitle = t('collective.canvasTitle', { lng: group.lang });

  const add = (kind: ForestItemKind, text: string) => {
    const spot = kind === 'storm' ? nextStormSpot(layout, storms) : { x: 0, y: 0 };
    return addForestItem(group.id, { kind, text, x: spot.x, y: spot.y, color: kind === 'storm' ? STORM_COLOR : '#fffdf4' });
  };
  const show = (prompt: LocalText | null) => driver.show({ type: 'show', groupId: group.id, view: 'forest', prompt, title: t('title', { lng: group.lang }) });

  return (
    <section className="forest-screen" aria-labelledby="forest-title">
      <nav className="tree-screen__crumbs" aria-label={t('tree:crumbs.label')}>
        <a href={routeHash({ name: 'group', groupId: group.id, tab: 'trees' })}>{t('tree:crumbs.trees', { group: group.code })}</a>
      </nav>
      <h1 id="forest-title">{t('title')}</h1>
      <div className="tree-workspace__status">
        <p className="muted forest-screen__count">
          {t('count', { count: trees.length })}
          {hidden > 0 && ` ${t('hiddenCount', { count: hidden })}`}
        </p>
        <PresenterControls driver={driver} groupId={group.id} view="forest" prompt={PROMPTS.forest[0] ?? null} title={t('title', { lng: group.lang })} />
      </div>
      <div className="tree-workspace__main">
        <div className="tree-workspace__canvas">
          {trees.length === 0 && <p className="warning">{t('noTrees')}</p>}
          <ForestCanvas
            trees={trees}
            forestItems={forestItems}
            labels={labels}
            documentTitle={documentTitle}
            ariaLabel={t('canvasLabel', { count: trees.length })}
            description={describeForest(trees, storms, collective, t)}
            onMoveStorm={(id, x, y) => void updateForestItem(id, { x, y })}
          />
        </div>
        <div className="tree-workspace__side">
          <section className="forest-prompts" aria-labelledby="forest-prompts-title">
            <h2 id="forest-prompts-title">{t('prompts.title')}</h2>
            {(['forest', 'storms'] as const).map((part) => (
              <div key={part}>
                <h3>{t(`prompts.${part}`)}</h3>
                <ul className="guided__prompts" lang={group.lang}>
                  {PROMPTS[part].map((prompt, index) => (
                    <li key={index}>
                      <span>{prompt[group.lang]}</span>
                      <button type="button" className="button--small guided__project" onClick={() => show(prompt)}>
                        {t('tree:guided.project')}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
          <ForestPanel kind="storm" items={storms} onAdd={add} onEdit={(id, text) => updateForestItem(id, { text })} onDelete={deleteForestItem} />
          <ForestPanel kind="collective" items={collective} onAdd={add} onEdit={(id, text) => updateForestItem(id, { text })} onDelete={deleteForestItem} />
          <PosterMenu data={data} labels={labels} documentTitle={documentTitle} />
        </div>
      </div>
    </section>
  );
}
