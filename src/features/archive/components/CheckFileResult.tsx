import { useTranslation } from 'react-i18next';
import type { ArchiveEntry, Lang } from '../../../domain/types';
import { formatDateTime } from '../../../i18n/format';

/** The outcome of checking a file from disk against the whole archive. */
export interface CheckResult {
  fileName: string;
  matches: ArchiveEntry[];
}

/** Says which archived summary a file is an identical copy of, or warns that it matches none. */
export function CheckFileResult({ result, lang, onDismiss }: { result: CheckResult; lang: Lang; onDismiss: () => void }) {
  const { t } = useTranslation('archive');
  const [first] = result.matches;
  return (
    <section className={first ? 'archive-check card archive-status--ok' : 'archive-check card warning'} aria-labelledby="archive-check-title">
      <h2 id="archive-check-title">{t('check.title')}</h2>
      {first ? (
        <ul className="archive-check__list">
          {result.matches.map((entry) => (
            <li key={entry.id}>
              <span aria-hidden="true">✓ </span>
              {t('check.matched', {
                file: result.fileName,
                name: entry.fileName,
                group: entry.groupCode,
                session: entry.sessionNumber,
                date: formatDateTime(entry.createdAt, lang),
              })}
            </li>
          ))}
        </ul>
      ) : (
        <p role="alert">
          <strong>{t('check.noMatch', { file: result.fileName })}</strong>
        </p>
      )}
      <button type="button" className="button--small" onClick={onDismiss}>
        {t('actions.dismiss')}
      </button>
    </section>
  );
}
