import { useTranslation } from 'react-i18next';
import { redactText, segments, type FieldReview, type ReviewFinding } from '../../../domain/summary/review';
import type { Lang } from '../../../domain/types';

export type ReviewMode = 'findings' | 'final';

interface ReviewTextProps {
  review: FieldReview;
  kept: ReadonlySet<string>;
  mode: ReviewMode;
  lang: Lang;
  onToggle: (finding: ReviewFinding) => void;
  /** Inline (table cells, list items) or a block paragraph. */
  inline?: boolean;
}

/**
 * One free text under review. In "findings" mode every finding is a <mark> with its type and a button to
 * undo (or redo) the redaction; in "final" mode the text reads exactly as the PDF will print it.
 */
export function ReviewText({ review, kept, mode, lang, onToggle, inline }: ReviewTextProps) {
  const { t } = useTranslation('record');
  const Tag = inline ? 'span' : 'p';
  if (mode === 'final') {
    return (
      <Tag className="review-text" data-field={review.key}>
        {redactText(review, kept, lang)}
      </Tag>
    );
  }
  return (
    <Tag className="review-text" data-field={review.key}>
      {segments(review).map((part, index) => {
        const finding = part.finding;
        if (!finding) return <span key={index}>{part.text}</span>;
        const isKept = kept.has(finding.id);
        const typeKey = `export.types.${finding.type}`;
        const type = t([typeKey, 'export.types.OTHER']);
        return (
          <mark key={finding.id} className={isKept ? 'finding finding--kept' : 'finding'} data-type={finding.type}>
            <span className="finding__text">{finding.original}</span>
            <span className="finding__type" aria-hidden="true">
              {isKept ? t('export.kept') : type}
            </span>
            <span className="visually-hidden">({isKept ? t('export.kept') : `${type}, ${t('export.redacted')}`})</span>
            <button
              type="button"
              className="finding__toggle"
              aria-label={isKept ? t('export.redoLabel', { text: finding.original, type }) : t('export.undoLabel', { text: finding.original, type })}
              onClick={() => onToggle(finding)}
            >
              {isKept ? t('export.redo') : t('export.undo')}
            </button>
          </mark>
        );
      })}
    </Tag>
  );
}
