import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../../app/routes';
import { addToDenyList, saveRecordPatch, type RecordContext } from '../../db/repositories/records';
import { localIsoDate } from '../../domain/period';
import { buildSummaryModel } from '../../domain/summary/build';
import { decisionsFromKept, keptFromDecisions } from '../../domain/summary/decisions';
import type { ReviewDecision } from '../../domain/types';
import {
  countByType,
  reviewSignature,
  reviewSummary,
  termOccurrences,
  type ReviewContext,
  type ReviewFinding,
} from '../../domain/summary/review';
import { describeError } from '../../ui/useAction';
import { ExportPanel } from './export/ExportPanel';
import { MAX_PHRASE, RedactPanel } from './export/RedactPanel';
import type { ReviewMode } from './export/ReviewText';
import { SummaryPreview } from './export/SummaryPreview';
import { SessionContextGate } from './SessionContextGate';
import './record.css';

/** Review the anonymised summary of one session, then export it as a PDF. */
export function ExportScreen({ groupId, sessionId }: { groupId: string; sessionId: string }) {
  return (
    <SessionContextGate groupId={groupId} sessionId={sessionId}>
      {(context) => <ExportReview key={sessionId} context={context} />}
    </SessionContextGate>
  );
}

function ExportReview({ context }: { context: RecordContext }) {
  const { t } = useTranslation('record');
  const { group, session, participants } = context;
  const [reviewedOn] = useState(() => localIsoDate(Date.now()));
  // What the facilitator undid and added is kept on the session's record, so it survives leaving this screen.
  const [decisions, setDecisions] = useState<readonly ReviewDecision[]>(() => context.record.reviewDecisions);
  const [terms, setTerms] = useState<string[]>(() => context.record.reviewTerms);
  const [mode, setMode] = useState<ReviewMode>('findings');
  const [attestedFor, setAttestedFor] = useState<string | null>(null);
  const [selection, setSelection] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const previewRef = useRef<HTMLDivElement>(null);

  const model = useMemo(
    () =>
      buildSummaryModel({
        group,
        session,
        otherSessions: context.otherSessions,
        record: context.record,
        participants,
        reviewedOn,
      }),
    [group, session, context.otherSessions, context.record, participants, reviewedOn],
  );
  const reviewContext = useMemo<ReviewContext>(
    () => ({
      roster: participants.map((p) => ({ alias: p.alias, names: p.redactNames })),
      denyList: group.denyList,
      lang: group.lang,
    }),
    [participants, group.denyList, group.lang],
  );
  const reviews = useMemo(() => reviewSummary(model, reviewContext, terms), [model, reviewContext, terms]);
  const reviewsByKey = useMemo(() => new Map(reviews.map((review) => [review.key, review])), [reviews]);
  const kept = useMemo(() => keptFromDecisions(reviews, decisions), [reviews, decisions]);

  const persist = (nextDecisions: readonly ReviewDecision[], nextTerms: readonly string[]) => {
    saveRecordPatch(session.id, { reviewDecisions: [...nextDecisions], reviewTerms: [...nextTerms] }).catch((caught: unknown) =>
      setMessage(describeError(caught, t)),
    );
  };
  const signature = reviewSignature(reviews, kept);
  const attested = attestedFor === signature;
  const total = reviews.reduce((sum, review) => sum + review.findings.length, 0);
  const keptCount = reviews.reduce((sum, review) => sum + review.findings.filter((f) => kept.has(f.id)).length, 0);
  const byType = countByType(reviews);

  // Follow the selection inside the preview, so "Redact selection" knows what to redact.
  useEffect(() => {
    const onSelection = () => {
      const current = document.getSelection();
      const inside = current && current.rangeCount > 0 && previewRef.current?.contains(current.getRangeAt(0).commonAncestorContainer);
      setSelection(inside ? current.toString().replace(/\s+/g, ' ').trim() : '');
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, []);

  const toggle = (finding: ReviewFinding) => {
    const next = new Set(kept);
    if (next.has(finding.id)) next.delete(finding.id);
    else next.add(finding.id);
    const nextDecisions = decisionsFromKept(reviews, next);
    setDecisions(nextDecisions);
    persist(nextDecisions, terms);
  };

  const changeTerms = (nextTerms: string[]) => {
    setTerms(nextTerms);
    persist(decisionsFromKept(reviews, kept), nextTerms);
  };

  const addPhrase = async (raw: string, alsoDenyList: boolean): Promise<string | null> => {
    const phrase = raw.replace(/\s+/g, ' ').trim();
    if (!phrase) return t('export.redact.noSelection');
    if (phrase.length > MAX_PHRASE) return t('export.redact.tooLong', { max: MAX_PHRASE });
    if (!reviews.some((review) => termOccurrences(review.text, phrase).length > 0)) return t('export.redact.notFound', { text: phrase });
    if (!terms.some((term) => term.toLocaleLowerCase() === phrase.toLocaleLowerCase())) changeTerms([...terms, phrase]);
    document.getSelection()?.removeAllRanges();
    if (alsoDenyList) {
      try {
        await addToDenyList(group.id, phrase);
        setMessage(`${t('export.redact.added', { text: phrase })} ${t('export.redact.addedDeny', { text: phrase })}`);
      } catch (caught) {
        return describeError(caught, t);
      }
    } else setMessage(t('export.redact.added', { text: phrase }));
    return null;
  };

  return (
    <article className="export" aria-labelledby="export-title">
      <header className="page-header">
        <div>
          <p className="record-header__crumb">
            <a href={routeHash({ name: 'record', groupId: group.id, sessionId: session.id })}>{t('export.back')}</a>
          </p>
          <h1 id="export-title">{t('export.title')}</h1>
          <p className="muted">
            {group.code} · {t('subtitle', { number: session.number, part: t(`parts.${session.part}`) })}
          </p>
        </div>
      </header>
      <p className="record-intro">{t('export.intro')}</p>
      <p>{t('export.language', { lang: t(`export.langs.${group.lang}`) })}</p>

      <div className="export-layout">
        <section className="card export-preview" aria-labelledby="export-preview-title">
          <div className="export-preview__bar">
            <h2 id="export-preview-title" className="visually-hidden">
              {t('export.preview')}
            </h2>
            <p className="export-preview__count" role="status">
              {total === 0 ? t('export.noFindings') : t('export.findings', { count: total })}
              {keptCount > 0 && ` · ${t('export.keptCount', { count: keptCount })}`}
            </p>
            <fieldset className="segmented">
              <legend className="visually-hidden">{t('export.view.label')}</legend>
              {(['findings', 'final'] as const).map((value) => (
                <label key={value} className={mode === value ? 'segmented__option segmented__option--on' : 'segmented__option'}>
                  <input type="radio" name="review-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
                  {t(`export.view.${value}`)}
                </label>
              ))}
            </fieldset>
          </div>
          {total > 0 && (
            <ul className="finding-types" aria-label={t('export.findings', { count: total })}>
              {Object.entries(byType).map(([type, count]) => (
                <li key={type} data-type={type}>
                  {t([`export.types.${type}`, 'export.types.OTHER'])}: {count}
                </li>
              ))}
            </ul>
          )}
          <div ref={previewRef}>
            <SummaryPreview model={model} reviews={reviewsByKey} kept={kept} mode={mode} onToggle={toggle} />
          </div>
        </section>

        <aside className="export-side">
          <RedactPanel
            selection={selection}
            terms={terms}
            message={message}
            onAdd={addPhrase}
            onRemove={(phrase) => changeTerms(terms.filter((term) => term !== phrase))}
          />
          <ExportPanel
            context={context}
            model={model}
            reviews={reviews}
            kept={kept}
            attested={attested}
            wasAttested={attestedFor !== null && !attested}
            onAttest={(checked) => setAttestedFor(checked ? signature : null)}
          />
        </aside>
      </div>
    </article>
  );
}
