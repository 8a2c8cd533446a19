import { useTranslation } from 'react-i18next';
import { RECORD_LIMITS, SUPPORT_TYPES, type RecordFieldError, type RecordPatch } from '../../../domain/summary/record';
import type { SessionRecord } from '../../../domain/types';
import { CountInput } from './CountInput';
import { TextAreaField } from './TextAreaField';

interface SupportMapCardProps {
  draft: SessionRecord;
  errors: Partial<Record<string, RecordFieldError>>;
  update: (patch: RecordPatch, options?: { immediate?: boolean }) => void;
}

/** The support map by the five support types (DOMAIN.md §3.1), as counts, and the kinds of resources signposted. */
export function SupportMapCard({ draft, errors, update }: SupportMapCardProps) {
  const { t } = useTranslation('record');
  return (
    <section className="card record-card" aria-labelledby="record-support">
      <h2 id="record-support">{t('sections.supportMap')}</h2>
      <p className="field__hint">{t('supportMap.intro')}</p>
      <div className="record-counts">
        {SUPPORT_TYPES.map((type) => (
          <CountInput
            key={type}
            label={t(`supportMap.types.${type}`)}
            hint={t(`supportMap.hints.${type}`)}
            value={draft.supportMap[type]}
            max={RECORD_LIMITS.supportCountMax}
            onChange={(value) => update({ supportMap: { ...draft.supportMap, [type]: value } })}
          />
        ))}
      </div>
      <TextAreaField
        label={t('supportMap.signposted')}
        hint={t('supportMap.signpostedHint')}
        value={draft.signposted}
        max={RECORD_LIMITS.textMax}
        error={errors.signposted}
        rows={3}
        onChange={(value) => update({ signposted: value })}
      />
    </section>
  );
}
