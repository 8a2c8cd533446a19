import { useTranslation } from 'react-i18next';
import { BLOCK_KINDS } from '../../domain/agenda';
import type { BlockKind } from '../../domain/types';
import { Field } from '../../ui/Field';

interface Props {
  query: string;
  kind: BlockKind | '';
  onQuery: (query: string) => void;
  onKind: (kind: BlockKind | '') => void;
}

/** Search by words and filter by kind, shared by the library screen and the planner's picker. */
export function LibraryFilters({ query, kind, onQuery, onKind }: Props) {
  const { t } = useTranslation('sessions');
  return (
    <div className="library-filters" role="search">
      <Field label={t('library.search')}>
        {(props) => <input {...props} type="search" value={query} onChange={(event) => onQuery(event.target.value)} />}
      </Field>
      <Field label={t('library.filterKind')}>
        {(props) => (
          <select {...props} value={kind} onChange={(event) => onKind(event.target.value as BlockKind | '')}>
            <option value="">{t('library.allKinds')}</option>
            {BLOCK_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`kinds.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
