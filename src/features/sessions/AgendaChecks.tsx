import { useTranslation } from 'react-i18next';
import type { AgendaWarning, Balance } from '../../domain/agenda';

/** Planned total against the session length, and the warnings from the method's rules. */
export function AgendaChecks({ balance, warnings }: { balance: Balance; warnings: readonly AgendaWarning[] }) {
  const { t } = useTranslation('sessions');
  const figure =
    balance.state === 'over'
      ? t('balance.over', { count: balance.difference })
      : balance.state === 'under'
        ? t('balance.under', { count: -balance.difference })
        : t('balance.exact');
  return (
    <section className="agenda-checks" aria-labelledby="agenda-checks-title">
      <h2 id="agenda-checks-title" className="visually-hidden">
        {t('checks.title')}
      </h2>
      <p className={`balance balance--${balance.state}`} aria-live="polite" data-testid="balance">
        <span>{t('balance.planned', { planned: balance.planned, length: balance.length })}</span>
        <strong className="balance__figure">{figure}</strong>
      </p>
      {warnings.length > 0 && (
        <ul className="agenda-warnings" aria-label={t('checks.warnings')}>
          {warnings.map((warning) => (
            <li key={warning.code} className={`warning${warning.severity === 'hard' ? ' warning--hard' : ''}`}>
              {warning.severity === 'hard' && <strong>{t('checks.important')} </strong>}
              {t(`warnings.${warning.code}`, warning.values)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
