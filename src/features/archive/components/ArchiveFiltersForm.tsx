import { useTranslation } from 'react-i18next';
import { EMPTY_FILTERS, isDateRangeInverted, type ArchiveFilters } from '../../../domain/archiveRules';
import type { Lang } from '../../../domain/types';
import { Field } from '../../../ui/Field';

interface ArchiveFiltersFormProps {
  filters: ArchiveFilters;
  groupCodes: readonly string[];
  onChange: (filters: ArchiveFilters) => void;
}

const LANGS: readonly Lang[] = ['en', 'it'];

/** Search box and filters above the archive list; every change applies at once. */
export function ArchiveFiltersForm({ filters, groupCodes, onChange }: ArchiveFiltersFormProps) {
  const { t } = useTranslation('archive');
  const set = (patch: Partial<ArchiveFilters>) => onChange({ ...filters, ...patch });
  const inverted = isDateRangeInverted(filters);
  const active = JSON.stringify(filters) !== JSON.stringify(EMPTY_FILTERS);
  // A group code that has since left the archive stays selectable, so the select never lies about its value.
  const codes = filters.groupCode && !groupCodes.includes(filters.groupCode) ? [filters.groupCode, ...groupCodes] : groupCodes;
  return (
    <form className="archive-filters card" role="search" aria-label={t('filters.legend')} onSubmit={(event) => event.preventDefault()}>
      <div className="archive-filters__search">
        <Field label={t('filters.search')} hint={t('filters.searchHint')}>
          {(props) => <input {...props} type="search" value={filters.query} onChange={(e) => set({ query: e.target.value })} />}
        </Field>
      </div>
      <Field label={t('filters.group')}>
        {(props) => (
          <select {...props} value={filters.groupCode} onChange={(e) => set({ groupCode: e.target.value })}>
            <option value="">{t('filters.allGroups')}</option>
            {codes.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('filters.lang')}>
        {(props) => (
          <select {...props} value={filters.lang} onChange={(e) => set({ lang: e.target.value as Lang | '' })}>
            <option value="">{t('filters.allLangs')}</option>
            {LANGS.map((lang) => (
              <option key={lang} value={lang}>
                {t(`langs.${lang}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('filters.from')}>
        {(props) => <input {...props} type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} />}
      </Field>
      <Field label={t('filters.to')} error={inverted ? t('filters.rangeInverted') : null}>
        {(props) => <input {...props} type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} />}
      </Field>
      <div className="archive-filters__clear">
        <button type="button" disabled={!active} onClick={() => onChange(EMPTY_FILTERS)}>
          {t('actions.clearFilters')}
        </button>
      </div>
    </form>
  );
}
