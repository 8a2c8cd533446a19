import { useTranslation } from 'react-i18next';
import {
  RATING_SCALE,
  RECORD_LIMITS,
  ratingCounts,
  ratingsFromCounts,
  type RecordFieldError,
  type RecordPatch,
} from '../../../domain/summary/record';
import { summariseFeedback } from '../../../domain/suppression';
import type { SessionRecord } from '../../../domain/types';
import { CountInput } from './CountInput';

interface FeedbackCardProps {
  draft: SessionRecord;
  k: number;
  error?: RecordFieldError | undefined;
  update: (patch: RecordPatch, options?: { immediate?: boolean }) => void;
}

/**
 * Anonymous feedback, tallied from paper forms as counts per score; only the aggregate is stored as a
 * list of scores, and the summary reports it only when at least k forms came back.
 */
export function FeedbackCard({ draft, k, error, update }: FeedbackCardProps) {
  const { t, i18n } = useTranslation('record');
  const counts = ratingCounts(draft.feedbackRatings);
  const summary = summariseFeedback(draft.feedbackRatings, k, RATING_SCALE);
  const mean = summary.reported ? new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1 }).format(summary.mean) : '';
  return (
    <section className="card record-card" aria-labelledby="record-feedback">
      <h2 id="record-feedback">{t('sections.feedback')}</h2>
      <p className="field__hint">{t('feedback.intro')}</p>
      <div className="record-counts record-counts--five">
        {counts.map((count, index) => (
          <CountInput
            key={index}
            label={t('feedback.score', { score: index + 1 })}
            value={count}
            max={RECORD_LIMITS.ratingsMax}
            onChange={(value) => {
              const next = [...counts];
              next[index] = value;
              update({ feedbackRatings: ratingsFromCounts(next) });
            }}
          />
        ))}
      </div>
      <p>{t('feedback.total', { count: draft.feedbackRatings.length })}</p>
      {error && (
        <p className="field__error" role="alert">
          {t(error.key, error.values)}
        </p>
      )}
      <p className="record-preview-line">
        {summary.reported ? t('feedback.reported', { mean, n: summary.n }) : t('feedback.notReported', { k })}
      </p>
    </section>
  );
}
