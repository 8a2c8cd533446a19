/** Every screen of the app as data. The hash (#/…) carries it, so it works over app:// and http alike. */
export type GroupTab = 'roster' | 'sessions' | 'trees' | 'settings';

export type Route =
  | { name: 'home' }
  /** The home screen with the create-group form open (the menu's "New group"). */
  | { name: 'newGroup' }
  | { name: 'group'; groupId: string; tab: GroupTab }
  | { name: 'session'; groupId: string; sessionId: string }
  | { name: 'run'; groupId: string; sessionId: string }
  | { name: 'record'; groupId: string; sessionId: string }
  | { name: 'export'; groupId: string; sessionId: string }
  | { name: 'certificates'; groupId: string; sessionId: string }
  | { name: 'tree'; groupId: string; participantId: string }
  | { name: 'forest'; groupId: string }
  | { name: 'presenter'; groupId: string }
  | { name: 'participant'; groupId: string; participantId: string }
  | { name: 'library' }
  | { name: 'archive' }
  | { name: 'settings' }
  | { name: 'notFound' };

const GROUP_TABS: readonly GroupTab[] = ['roster', 'sessions', 'trees', 'settings'];
const SESSION_SCREENS = ['run', 'record', 'export', 'certificates'] as const;

/** Parse a location hash such as "#/groups/g1/sessions/s1/run" into a route. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, a, b, c, d] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (parts.length === 1 && (first === 'library' || first === 'archive' || first === 'settings')) return { name: first };
  if (parts.length === 1 && first === 'new-group') return { name: 'newGroup' };
  if (first === 'present' && a && parts.length === 2) return { name: 'presenter', groupId: a };
  if (first === 'participant' && a && b && parts.length === 3) return { name: 'participant', groupId: a, participantId: b };
  if (first !== 'groups' || !a) return { name: 'notFound' };
  if (parts.length === 2) return { name: 'group', groupId: a, tab: 'roster' };
  if (parts.length === 3 && (GROUP_TABS as readonly string[]).includes(b!)) return { name: 'group', groupId: a, tab: b as GroupTab };
  if (parts.length === 3 && b === 'forest') return { name: 'forest', groupId: a };
  if (parts.length === 4 && b === 'trees' && c) return { name: 'tree', groupId: a, participantId: c };
  if (b === 'sessions' && c && parts.length === 4) return { name: 'session', groupId: a, sessionId: c };
  if (b === 'sessions' && c && parts.length === 5 && (SESSION_SCREENS as readonly string[]).includes(d!)) {
    return { name: d as (typeof SESSION_SCREENS)[number], groupId: a, sessionId: c };
  }
  return { name: 'notFound' };
}

/** The hash for a route; the inverse of parseRoute. */
export function routeHash(route: Route): string {
  const e = encodeURIComponent;
  switch (route.name) {
    case 'home':
    case 'notFound':
      return '#/';
    case 'newGroup':
      return '#/new-group';
    case 'library':
    case 'archive':
    case 'settings':
      return `#/${route.name}`;
    case 'group':
      return `#/groups/${e(route.groupId)}/${route.tab}`;
    case 'session':
      return `#/groups/${e(route.groupId)}/sessions/${e(route.sessionId)}`;
    case 'run':
    case 'record':
    case 'export':
    case 'certificates':
      return `#/groups/${e(route.groupId)}/sessions/${e(route.sessionId)}/${route.name}`;
    case 'tree':
      return `#/groups/${e(route.groupId)}/trees/${e(route.participantId)}`;
    case 'forest':
      return `#/groups/${e(route.groupId)}/forest`;
    case 'presenter':
      return `#/present/${e(route.groupId)}`;
    case 'participant':
      return `#/participant/${e(route.groupId)}/${e(route.participantId)}`;
  }
}

/** Screens that show no app navigation: the projector and the participant's hand-over mode. */
export function isChromeless(route: Route): boolean {
  return route.name === 'presenter' || route.name === 'participant';
}
