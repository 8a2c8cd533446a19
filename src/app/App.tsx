import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../db/repositories/settings';
import { lock } from '../security/keyring';
import { setLanguage } from '../i18n';
import { ArchiveScreen } from '../features/archive/ArchiveScreen';
import { useAutomaticBackups } from '../features/backup/useAutomaticBackups';
import { ForestScreen } from '../features/forest/ForestScreen';
import { GroupScreen } from '../features/groups/GroupScreen';
import { HomeScreen } from '../features/groups/HomeScreen';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { ParticipantScreen } from '../features/participant/ParticipantScreen';
import { PresenterScreen } from '../features/presenter/PresenterScreen';
import { CertificatesScreen } from '../features/certificates/CertificatesScreen';
import { ExportScreen } from '../features/record/ExportScreen';
import { RecordScreen } from '../features/record/RecordScreen';
import { RunScreen } from '../features/sessions/RunScreen';
import { SessionScreen } from '../features/sessions/SessionScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TreeScreen } from '../features/tree/TreeScreen';
import { isChromeless, type Route } from './routes';
import { useMenuCommands } from './useMenuCommands';
import { useRoute } from './useRoute';

/** The app shell: navigation, theme and language, and the current screen. */
export function App() {
  const route = useRoute();
  const settings = useSettings();
  const { t } = useTranslation();
  useMenuCommands(route);
  useAutomaticBackups();

  useEffect(() => {
    if (!settings) return;
    setLanguage(settings.lang);
    const root = document.documentElement;
    root.dataset.theme = settings.theme;
    root.dataset.largePrint = String(settings.largePrint);
  }, [settings]);

  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route.name]);

  if (!settings) return null;
  if (isChromeless(route)) {
    return (
      <main id="main" className="chromeless" tabIndex={-1}>
        <Screen route={route} />
      </main>
    );
  }
  const section = sectionOf(route);
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('skipToContent')}
      </a>
      <header className="shell__header">
        <a className="shell__brand" href="#/">
          <GroveMark /> {t('appName')}
        </a>
        <nav aria-label={t('nav.label')}>
          <ul className="shell__nav">
            {(['groups', 'library', 'archive', 'settings'] as const).map((item) => (
              <li key={item}>
                <a href={item === 'groups' ? '#/' : `#/${item}`} aria-current={section === item ? 'page' : undefined}>
                  {t(`nav.${item}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" className="lock-button" onClick={lock} title={t('security:lock.shortcut')}>
          {t('security:lock.now')}
        </button>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Screen route={route} />
      </main>
    </div>
  );
}

/** The app's small tree mark, drawn inline so no emoji or image font is needed. */
function GroveMark() {
  return (
    <svg className="shell__logo" viewBox="0 0 64 64" width="28" height="28" aria-hidden="true" focusable="false">
      <rect x="28" y="34" width="8" height="24" rx="2" fill="#6b4a2b" />
      <circle cx="32" cy="24" r="18" fill="#2f6b3f" />
      <circle cx="22" cy="30" r="10" fill="#3f8a52" />
      <circle cx="42" cy="30" r="10" fill="#3f8a52" />
    </svg>
  );
}

function sectionOf(route: Route): 'groups' | 'library' | 'archive' | 'settings' {
  if (route.name === 'library' || route.name === 'archive' || route.name === 'settings') return route.name;
  return 'groups';
}

function Screen({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'newGroup':
      return <HomeScreen key="new-group" create />;
    case 'group':
      return <GroupScreen groupId={route.groupId} tab={route.tab} />;
    case 'session':
      return <SessionScreen groupId={route.groupId} sessionId={route.sessionId} />;
    case 'run':
      return <RunScreen groupId={route.groupId} sessionId={route.sessionId} />;
    case 'record':
      return <RecordScreen groupId={route.groupId} sessionId={route.sessionId} />;
    case 'export':
      return <ExportScreen groupId={route.groupId} sessionId={route.sessionId} />;
    case 'certificates':
      return <CertificatesScreen groupId={route.groupId} sessionId={route.sessionId} />;
    case 'tree':
      return <TreeScreen groupId={route.groupId} participantId={route.participantId} />;
    case 'forest':
      return <ForestScreen groupId={route.groupId} />;
    case 'presenter':
      return <PresenterScreen groupId={route.groupId} />;
    case 'participant':
      return <ParticipantScreen groupId={route.groupId} participantId={route.participantId} />;
    case 'library':
      return <LibraryScreen />;
    case 'archive':
      return <ArchiveScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'notFound':
      return (
        <section>
          <h1>{t('notFound')}</h1>
          <p>
            <a href="#/">{t('goHome')}</a>
          </p>
        </section>
      );
  }
}
