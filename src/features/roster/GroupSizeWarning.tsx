import { useTranslation } from 'react-i18next';

/** Above this many people re-telling no longer fits a session (DOMAIN.md §2.1, §2.3). */
export const SIZE_WARN_ABOVE = 10;
/** Above this the method itself struggles: a hard warning. */
export const SIZE_HARD_WARN_ABOVE = 12;
/** Re-telling takes about ten minutes per participant (tell 5 + witnesses 4 + handover 1). */
const RETELLING_MINUTES_PER_PERSON = 10;

/** The group-size guidance: nothing up to 10, a warning above 10, a stronger one above 12. */
export function GroupSizeWarning({ count }: { count: number }) {
  const { t } = useTranslation('roster');
  if (count <= SIZE_WARN_ABOVE) return null;
  const minutes = count * RETELLING_MINUTES_PER_PERSON;
  if (count > SIZE_HARD_WARN_ABOVE) {
    return (
      <p className="warning warning--strong" role="status">
        <strong>{t('size.hardTitle', { count })}</strong> {t('size.hardText', { minutes })}
      </p>
    );
  }
  return (
    <p className="warning" role="status">
      <strong>{t('size.title', { count })}</strong> {t('size.text', { minutes })}
    </p>
  );
}
