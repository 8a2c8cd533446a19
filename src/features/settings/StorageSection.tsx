import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPersistence, storageStatus, type StorageStatus } from '../../db/storage';
import type { Lang } from '../../domain/types';
import { formatBytes } from '../../i18n/format';
import { isNearlyFull } from '../../domain/storageRules';

/**
 * Where Grove's data stands: whether the browser promised to keep it (persistent storage), how much is
 * used and how much room is left. Grove asks for persistence at start; the button asks again.
 */
export function StorageSection({ lang }: { lang: Lang }) {
  const { t } = useTranslation('settings');
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [asked, setAsked] = useState<boolean | null>(null);

  const refresh = useCallback(async () => {
    setStatus(await storageStatus());
  }, []);

  useEffect(() => {
    let live = true;
    void storageStatus().then((next) => {
      if (live) setStatus(next);
    });
    return () => {
      live = false;
    };
  }, []);

  async function request() {
    setAsked(await requestPersistence());
    await refresh();
  }

  const bytes = (value: number | null) => (value === null ? t('storage.unknown') : formatBytes(value, lang));
  const available = status && status.quota !== null && status.usage !== null ? Math.max(0, status.quota - status.usage) : null;

  return (
    <section className="card settings-card" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('storage.title')}</h2>
      {status === null ? (
        <p className="status">{t('common:loading')}</p>
      ) : (
        <dl className="facts facts--stacked" data-testid="storage-status">
          <div>
            <dt>{t('storage.persistent')}</dt>
            <dd>{status.persisted ? t('storage.granted') : t('storage.notGranted')}</dd>
          </div>
          <div>
            <dt>{t('storage.used')}</dt>
            <dd>{bytes(status.usage)}</dd>
          </div>
          <div>
            <dt>{t('storage.available')}</dt>
            <dd>{bytes(available)}</dd>
          </div>
        </dl>
      )}
      <p className="muted">{status?.persisted ? t('storage.grantedText') : t('storage.notGrantedText')}</p>
      {status && isNearlyFull(status) && (
        <p className="warning">{t('storage.nearlyFull', { free: bytes(available) })}</p>
      )}
      {!status?.persisted && (
        <div className="button-row">
          <button type="button" onClick={request}>
            {t('storage.request')}
          </button>
          <span className="status" role="status">
            {asked === null ? '' : asked ? t('storage.requestGranted') : t('storage.requestRefused')}
          </span>
        </div>
      )}
    </section>
  );
}
