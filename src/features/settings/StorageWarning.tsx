import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storageStatus, type StorageStatus } from '../../db/storage';
import { isNearlyFull } from '../../domain/storageRules';
import type { Lang } from '../../domain/types';
import { formatBytes } from '../../i18n/format';

/** Says on the home screen, before writes start failing, that the browser's storage for Grove is nearly full. */
export function StorageWarning({ lang }: { lang: Lang }) {
  const { t } = useTranslation('settings');
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    let live = true;
    void storageStatus().then((next) => {
      if (live) setStatus(next);
    });
    return () => {
      live = false;
    };
  }, []);
  if (!status || !isNearlyFull(status)) return null;
  return (
    <p className="warning" role="alert">
      {t('storage.nearlyFull', { free: formatBytes(Math.max(0, (status.quota ?? 0) - (status.usage ?? 0)), lang) })}{' '}
      <a href="#/settings">{t('storage.nearlyFullLink')}</a>
    </p>
  );
}
