import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { host, type HostAppInfo } from '../../host';

/** The app's version and, in the desktop app, the folder where its data lives (for backups and support). */
export function AboutSection() {
  const { t } = useTranslation('settings');
  const [info, setInfo] = useState<HostAppInfo | null>(null);

  useEffect(() => {
    let live = true;
    void host.appInfo().then((result) => {
      if (live && result.ok) setInfo(result.value);
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="card settings-card" aria-labelledby="settings-about">
      <h2 id="settings-about">{t('about.title')}</h2>
      {info && (
        <dl className="facts facts--stacked">
          <div>
            <dt>{t('about.version')}</dt>
            <dd>{info.version}</dd>
          </div>
          <div>
            <dt>{t('about.runsIn')}</dt>
            <dd>{info.electron ? t('about.desktop', { platform: info.platform }) : t('about.browser')}</dd>
          </div>
          <div>
            <dt>{t('about.dataLocation')}</dt>
            <dd className="about__path">{info.electron ? info.userDataPath : t('about.browserData')}</dd>
          </div>
        </dl>
      )}
      <p className="muted">{t('about.privacy')}</p>
    </section>
  );
}
