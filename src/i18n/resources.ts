import enCommon from './en/common';
import enGroups from './en/groups';
import enRoster from './en/roster';
import enSessions from './en/sessions';
import enSettings from './en/settings';
import enTree from './en/tree';
import enForest from './en/forest';
import enPresenter from './en/presenter';
import enRecord from './en/record';
import enArchive from './en/archive';
import enSecurity from './en/security';
import enRoom from './en/room';
import itCommon from './it/common';
import itGroups from './it/groups';
import itRoster from './it/roster';
import itSessions from './it/sessions';
import itSettings from './it/settings';
import itTree from './it/tree';
import itForest from './it/forest';
import itPresenter from './it/presenter';
import itRecord from './it/record';
import itArchive from './it/archive';
import itSecurity from './it/security';
import itRoom from './it/room';

/** Every message catalogue, one namespace per area of the app. */
export const resources = {
  en: {
    common: enCommon,
    groups: enGroups,
    roster: enRoster,
    sessions: enSessions,
    settings: enSettings,
    tree: enTree,
    forest: enForest,
    presenter: enPresenter,
    record: enRecord,
    archive: enArchive,
    security: enSecurity,
    room: enRoom,
  },
  it: {
    common: itCommon,
    groups: itGroups,
    roster: itRoster,
    sessions: itSessions,
    settings: itSettings,
    tree: itTree,
    forest: itForest,
    presenter: itPresenter,
    record: itRecord,
    archive: itArchive,
    security: itSecurity,
    room: itRoom,
  },
} as const;

export const NAMESPACES = Object.keys(resources.en) as (keyof typeof resources.en)[];
