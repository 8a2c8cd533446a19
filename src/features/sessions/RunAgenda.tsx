import { useTranslation } from 'react-i18next';
import { blockOffsets, formatStart } from '../../domain/agenda';
import { blockElapsedMs, toMinutes } from '../../domain/timer';
import type { Session } from '../../domain/types';

interface Props {
  session: Session;
  index: number;
  now: number;
  onGoTo: (index: number) => void;
}

/** The whole agenda beside the clocks: the current block highlighted, planned and actual minutes. */
export function RunAgenda({ session, index, now, onGoTo }: Props) {
  const { t } = useTranslation('sessions');
  const offsets = blockOffsets(session.blocks);
  const run = session.run ?? null;
  return (
    <section className="card run-agenda" aria-labelledby="run-agenda-title">
      <h2 id="run-agenda-title">{t('run.agenda')}</h2>
      <ol className="run-agenda__list">
        {session.blocks.map((block, at) => {
          const visited = session.startedAt !== null && run !== null && (block.id in run.blockMs || block.id === run.currentBlockId);
          const actual = visited ? toMinutes(blockElapsedMs(run, block.id, now)) : null;
          const current = at === index;
          return (
            <li key={block.id} className={`run-agenda__item${current ? ' run-agenda__item--current' : ''}`} aria-current={current ? 'step' : undefined}>
              <span className="run-agenda__start">{formatStart(offsets[at] ?? 0, session.startTime)}</span>
              <span className="run-agenda__title">
                {block.title}
                <span className="run-agenda__minutes">
                  {actual === null ? t('common:minutes', { count: block.minutes }) : t('run.actualOfPlanned', { actual, planned: block.minutes })}
                </span>
              </span>
              {!current && (
                <button type="button" className="button--small" onClick={() => onGoTo(at)} aria-label={t('run.goToLabel', { title: block.title })}>
                  {t('run.goTo')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
