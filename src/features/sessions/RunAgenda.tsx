import { useTranslation } from 'react-i18next';
import type { Replan } from '../../domain/replan';
import { blockElapsedMs, toMinutes } from '../../domain/timer';
import type { Lang, Session } from '../../domain/types';
import { formatClockTime } from '../room/clockTime';

interface Props {
  session: Session;
  index: number;
  now: number;
  plan: Replan;
  lang: Lang;
  onGoTo: (index: number) => void;
}

/**
 * The whole agenda beside the clocks: the current block highlighted, each row's planned and projected start,
 * planned and actual minutes, and what the run changed (minutes given or taken, blocks skipped).
 */
export function RunAgenda({ session, index, now, plan, lang, onGoTo }: Props) {
  const { t } = useTranslation('sessions');
  const run = session.run ?? null;
  return (
    <section className="card run-agenda" aria-labelledby="run-agenda-title">
      <h2 id="run-agenda-title">{t('run.agenda')}</h2>
      <ol className="run-agenda__list">
        {session.blocks.map((block, at) => {
          const visited = session.startedAt !== null && run !== null && (block.id in run.blockMs || block.id === run.currentBlockId);
          const actual = visited ? toMinutes(blockElapsedMs(run, block.id, now)) : null;
          const current = at === index;
          const times = plan.starts[at];
          const planned = times ? formatClockTime(times.plannedStartAt, lang) : '';
          const projected = times ? formatClockTime(times.projectedStartAt, lang) : '';
          const adjusted = block.adjustedMinutes ?? 0;
          return (
            <li
              key={block.id}
              className={`run-agenda__item${current ? ' run-agenda__item--current' : ''}${block.skipped ? ' run-agenda__item--skipped' : ''}`}
              aria-current={current ? 'step' : undefined}
            >
              <span className="run-agenda__start">
                <span>{t('room:rows.planned', { time: planned })}</span>
                {projected !== planned && !block.skipped && <span className="run-agenda__projected">{t('room:rows.projected', { time: projected })}</span>}
              </span>
              <span className="run-agenda__title">
                {block.title}
                <span className="run-agenda__minutes">
                  {actual === null ? t('common:minutes', { count: block.minutes }) : t('run.actualOfPlanned', { actual, planned: block.minutes })}
                  {adjusted !== 0 && ` · ${t('room:rows.adjusted', { sign: adjusted > 0 ? '+' : '−', minutes: Math.abs(adjusted) })}`}
                  {block.skipped && ` · ${t('room:rows.skipped')}`}
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
